using Concord.Data.Exchange;
using Concord.Features.Updates;
using Concord.Web;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Features.Import;

/// <summary>The bulk update: an edited CSV or XLSX export, previewed as a dry run of <see cref="RegisterImport"/>, then
/// applied from the bytes kept since the preview.</summary>
public sealed partial class ImportModel
{
    public const string UpdatesField = "updatesFile";

    public string? UpdatesFileName { get; private set; }
    public ImportReport? UpdatesReport { get; private set; }

    public async Task<IActionResult> OnPostUpdatesPreviewAsync()
    {
        var form = await Request.ReadFormAsync(HttpContext.RequestAborted);
        if (form.Files.GetFile(UpdatesField) is not { } file || file.FileName.Length == 0) return RefusedUpdates(strings["Import.NoUpdatesFile"]);
        string name = EvidenceFiles.SafeName(file.FileName);
        long max = Math.Min(MaxBytes, ImportLimits.Default.MaxFileBytes);
        if (file.Length > max) return RefusedUpdates(strings["Import.TooLarge", name, StatementUploads.Size(max)]);
        if (file.Length == 0) return RefusedUpdates(strings["Import.Empty", name]);
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        var upload = new PendingFile(name, true, buffer.ToArray());
        if (ReadTable(upload) is { Refusal: { } refusal }) return RefusedUpdates(strings["Import.UpdatesRefused", name, refusal]);
        string id = await pending.SaveAsync(User.Name(), PendingUploads.Updates, [upload], HttpContext.RequestAborted);
        return Redirect("/import?updates=" + id);
    }

    public async Task<IActionResult> OnPostUpdatesApplyAsync(string? id)
    {
        UpdatesPending = id;
        if (await pending.LoadAsync(id, User.Name(), PendingUploads.Updates, HttpContext.RequestAborted) is not [var upload]) return Gone();
        UpdatesFileName = upload.Name;
        var read = ReadTable(upload);
        if (read.Table is null) return DiscardUpdates(id, strings["Import.UpdatesRefused", upload.Name, read.Refusal ?? ""]);
        var report = await RegisterImport.ApplyAsync(db, read.Table, User.Name(), dryRun: false, HttpContext.RequestAborted);
        if (report.Refusal is { } refusal)
        {
            // The register changed under the import: the file is kept, so that a new preview needs no new upload.
            Errors.Add(strings["Import.UpdatesRefused", upload.Name, refusal]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        pending.Remove(id, User.Name());
        UpdatesPending = null;
        UpdatesReport = report;
        Message = strings["Import.UpdatesApplied", report.CommitmentsChanged];
        return Page();
    }

    public IActionResult OnPostUpdatesCancel(string? id)
    {
        pending.Remove(id, User.Name());
        return Redirect("/import?cancelled=true");
    }

    async Task<IActionResult> PreviewUpdatesAsync()
    {
        if (await pending.LoadAsync(UpdatesPending, User.Name(), PendingUploads.Updates, HttpContext.RequestAborted) is not [var upload]) return Gone();
        UpdatesFileName = upload.Name;
        var read = ReadTable(upload);
        if (read.Table is null) return DiscardUpdates(UpdatesPending, strings["Import.UpdatesRefused", upload.Name, read.Refusal ?? ""]);
        var report = await RegisterImport.ApplyAsync(db, read.Table, User.Name(), dryRun: true, HttpContext.RequestAborted);
        db.ChangeTracker.Clear();
        if (report.Refusal is { } refusal) return DiscardUpdates(UpdatesPending, strings["Import.UpdatesRefused", upload.Name, refusal]);
        UpdatesReport = report;
        return Page();
    }

    static ImportRead ReadTable(PendingFile upload)
    {
        using var stream = new MemoryStream(upload.Bytes, writable: false);
        return ImportFile.Read(stream, upload.Name);
    }

    IActionResult DiscardUpdates(string? id, string problem)
    {
        pending.Remove(id, User.Name());
        return RefusedUpdates(problem);
    }

    IActionResult RefusedUpdates(string problem)
    {
        Errors.Add(problem);
        UpdatesPending = null;
        UpdatesReport = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
