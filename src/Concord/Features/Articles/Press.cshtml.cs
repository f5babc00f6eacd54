using System.Globalization;
using Concord.Data;
using Concord.Features.Shared;
using Concord.Reading;
using Concord.Resources;
using Concord.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Concord.Features.Articles;

/// <summary><c>/statements/{key}/articles</c>: the press coverage of a statement, each article with how its claims
/// fare against the text, and for agency editors and up a form to add one (a file in any format Concord reads, or
/// pasted text), held to the same rules as <c>POST /api/statements/{key}/articles</c>.</summary>
[UploadSizeLimit(Files = 3)]
public sealed class PressModel(RegisterDb db, RegisterMemo memo, ServeSettings settings, IStringLocalizer<Strings> strings) : PageModel
{
    public string Key { get; private set; } = "";
    public string Title { get; private set; } = "";
    public PressSection Section { get; private set; } = null!;

    [FromQuery(Name = "deleted")]
    public int? Deleted { get; set; }

    [BindProperty]
    public ArticleForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string key) =>
        await LoadAsync(key, []) is not null ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string key, IFormFile? file)
    {
        var statementId = await db.Statements.Where(s => s.Key == key).Select(s => (int?)s.Id).SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (statementId is null) return NotFound();
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (!User.Edits()) return Forbid();
        var errors = new Errors();
        var date = ArticleRequest.Date(Form.Date, errors);
        ArticleRequest.ArticleInput? input = null;
        var said = new List<string>();
        if (file is { Length: > 0 })
        {
            if (file.Length > settings.MaxUploadBytes)
                said.Add(strings["Press.TooLarge", file.FileName, FileBytes.Size(settings.MaxUploadBytes)]);
            else if (!errors.Any)
                input = ArticleRequest.FromFile(await ArticleRequest.BytesAsync(file, HttpContext.RequestAborted), file.FileName, date,
                    settings.MaxUploadBytes, errors);
        }
        else if (Form.Text is { Length: > 0 } text && text.Length > settings.MaxUploadBytes)
            said.Add(strings["Press.TextTooLarge", FileBytes.Size(settings.MaxUploadBytes)]);
        else if (!errors.Any)
            input = ArticleRequest.FromText(Form.Text, Form.Source, date, errors);
        said.AddRange(errors.Refusals.Select(strings.Say));
        if (input is null || said.Count > 0)
        {
            await LoadAsync(key, said);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var article = await ArticlesApi.SaveAsync(db, statementId.Value, input, User.Name(), HttpContext.RequestAborted);
        return Redirect("/articles/" + article.Id.ToString(CultureInfo.InvariantCulture));
    }

    async Task<int?> LoadAsync(string key, IReadOnlyList<string> errors)
    {
        var s = await db.Statements.AsNoTracking().Where(x => x.Key == key).Select(x => new { x.Id, x.Key, x.Title })
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (s is null) return null;
        Key = s.Key;
        Title = s.Title;
        var rows = await PressRow.LoadAsync(db, memo, s.Id, HttpContext.RequestAborted);
        Section = new PressSection(s.Key, rows, User.Edits(), Form, errors);
        return s.Id;
    }
}
