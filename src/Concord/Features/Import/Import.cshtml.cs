using Concord.Data;
using Concord.Data.Exchange;
using Concord.Data.Ingest;
using Concord.Data.Storage;
using Concord.Features.Shared;
using Concord.Features.Updates;
using Concord.Resources;
using Concord.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Concord.Features.Import;

/// <summary><c>/import</c> (coordinators, admins): statements uploaded in any format Concord reads, previewed as a dry
/// run of the ingest before anything is saved, then saved or cancelled; and an edited export applied in bulk, previewed
/// the same way. The uploaded bytes wait server-side between the preview and the save (see <see cref="PendingUploads"/>).</summary>
[Authorize(Policy = Policies.Coordinate)]
// Room for twice the limit in each slot: a file well over it still reaches the page, to be refused there.
[UploadSizeLimit(Files = 2 * Slots)]
public sealed partial class ImportModel(RegisterDb db, RegisterStore store, TimeProvider clock, ServeSettings settings, IStringLocalizer<Strings> strings)
    : PageModel
{
    public const int Slots = 4;

    readonly PendingUploads pending = PendingUploads.For(store, clock);

    [FromQuery(Name = "pending")] public string? Pending { get; set; }
    [FromQuery(Name = "updates")] public string? UpdatesPending { get; set; }

    public List<string> Errors { get; } = [];
    public string? Message { get; private set; }
    public IReadOnlyList<FileFacts> Files { get; private set; } = [];
    public IReadOnlyList<StatementReport> Statements { get; private set; } = [];

    public long MaxBytes => settings.MaxUploadBytes;

    public async Task<IActionResult> OnGetAsync(bool cancelled)
    {
        if (cancelled) Message = strings["Import.Cancelled"];
        if (Pending is not null) return await PreviewStatementsAsync();
        if (UpdatesPending is not null) return await PreviewUpdatesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        var files = new List<PendingFile>();
        var form = await Request.ReadFormAsync(HttpContext.RequestAborted);
        for (int i = 0; i < Slots; i++)
        {
            if (form.Files.GetFile(Slot(i)) is not { } file || file.FileName.Length == 0) continue;
            bool official = form[Kind(i)].ToString() != "translation";
            string name = EvidenceFiles.SafeName(file.FileName);
            if (file.Length > MaxBytes)
            {
                Errors.Add(strings["Import.TooLarge", name, StatementUploads.Size(MaxBytes)]);
                continue;
            }
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, HttpContext.RequestAborted);
            files.Add(new PendingFile(name, official, buffer.ToArray()));
        }
        if (files.Count == 0 && Errors.Count == 0) Errors.Add(strings["Import.NoFiles"]);
        var read = Uploads().Read(files);
        Errors.AddRange(read.Problems);
        if (Errors.Count > 0) return Refused();
        string id = await pending.SaveAsync(User.Name(), PendingUploads.Statements, files, HttpContext.RequestAborted);
        return Redirect("/import?pending=" + id);
    }

    public async Task<IActionResult> OnPostSaveAsync(string? id)
    {
        Pending = id;
        if (await pending.LoadAsync(id, User.Name(), PendingUploads.Statements, HttpContext.RequestAborted) is not { } files) return Gone();
        var read = Uploads().Read(files);
        if (read.Problems.Count > 0) return Refused(read.Problems);
        var report = await StatementIngest.IngestAsync(db, read.Documents, dryRun: false, null, HttpContext.RequestAborted);
        if (!report.Succeeded) return Refused(Localised(report.Problems));
        pending.Remove(id, User.Name());
        return Redirect("/statements/" + Uri.EscapeDataString(report.Statements[0].Key));
    }

    public IActionResult OnPostCancel(string? id)
    {
        pending.Remove(id, User.Name());
        return Redirect("/import?cancelled=true");
    }

    async Task<IActionResult> PreviewStatementsAsync()
    {
        if (await pending.LoadAsync(Pending, User.Name(), PendingUploads.Statements, HttpContext.RequestAborted) is not { } files) return Gone();
        var read = Uploads().Read(files);
        Files = read.Facts;
        if (read.Problems.Count > 0) return Discard(Pending, read.Problems);
        var report = await StatementIngest.IngestAsync(db, read.Documents, dryRun: true, null, HttpContext.RequestAborted);
        if (!report.Succeeded) return Discard(Pending, Localised(report.Problems));
        Statements = report.Statements;
        return Page();
    }

    /// <summary>The ingest's reasons are technical lines in English: they go out inside a sentence of the page's language.</summary>
    IEnumerable<string> Localised(IEnumerable<Refusal> problems) => problems.Select(p => strings["Import.NotSaved", strings.Say(p)].Value);

    StatementUploads Uploads() => new(MaxBytes, strings);

    /// <summary>An upload that cannot be saved is of no use kept: it is removed, and the person told why.</summary>
    IActionResult Discard(string? id, IEnumerable<string> problems)
    {
        pending.Remove(id, User.Name());
        Pending = null;
        return Refused(problems);
    }

    IActionResult Refused(IEnumerable<string>? problems = null)
    {
        if (problems is not null) Errors.AddRange(problems);
        Files = [];
        Statements = [];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    IActionResult Gone()
    {
        Errors.Add(strings["Import.Gone"]);
        Pending = null;
        UpdatesPending = null;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    public static string Slot(int i) => "file" + Format.Invariant(i);

    public static string Kind(int i) => "kind" + Format.Invariant(i);
}
