using System.Globalization;
using Concord.Data;
using Concord.Features.Registers;
using Concord.Resources;
using Concord.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Concord.Features.Mechanisms;

/// <summary><c>/mechanisms/{id}</c>: a mechanism's cadence and meetings and the items that name it; for coordinators,
/// a form to record a meeting, held to the same rules as <c>POST /api/mechanisms/{id}/meetings</c>.</summary>
public sealed class MechanismModel(RegisterDb db, RegisterMemo memo, IStringLocalizer<Strings> strings) : PageModel
{
    public MechanismsApi.MechanismView View { get; private set; } = null!;
    public MentionContexts.Result Mentions { get; private set; } = null!;
    public bool CanCoordinate { get; private set; }
    public DateOnly Today { get; private set; }

    [BindProperty]
    public MeetingForm Form { get; set; } = new();

    /// <summary>What is wrong with the meeting as sent, in the page's language; the form keeps what was typed.</summary>
    public List<string> FormErrors { get; } = [];

    [FromQuery(Name = "saved")]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMeetingAsync(int id)
    {
        if (!await db.Mechanisms.AnyAsync(m => m.Id == id, HttpContext.RequestAborted)) return NotFound();
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (!User.Coordinates()) return Forbid();
        DateOnly? date = null;
        if (DateOnly.TryParseExact(Form.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            date = parsed;
        var errors = new Errors();
        var meeting = MeetingRules.Read(id, new MechanismsApi.MeetingRequest(date, Form.Place, Form.Note), errors);
        if (meeting is null)
        {
            foreach (string field in errors.Fields)
                FormErrors.Add(strings["Meeting.Invalid." + field, Shared.Format.Number(field == "note" ? MeetingRules.MaxNote : MeetingRules.MaxPlace)]);
            await LoadAsync(id);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Redirect($"/mechanisms/{id.ToString(CultureInfo.InvariantCulture)}?saved=meeting#meetings");
    }

    async Task<bool> LoadAsync(int id)
    {
        // From the list kept for the register's revision: judging the cadence reads every mention of the mechanism.
        if ((await MechanismsApi.AllAsync(db, memo, HttpContext.RequestAborted)).FirstOrDefault(m => m.Id == id) is not { } view) return false;
        View = view;
        Mentions = await MentionContexts.LoadAsync(db, memo, $"mechanism/{id}", db.Mentions.Where(m => m.MechanismId == id), HttpContext.RequestAborted);
        CanCoordinate = User.Coordinates();
        Today = Data.Tracking.Deadlines.Today(db.Clock);
        return true;
    }
}
