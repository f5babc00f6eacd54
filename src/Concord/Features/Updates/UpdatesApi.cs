using System.Globalization;
using Concord.Data;
using Concord.Data.Register;
using Concord.Data.Tracking;
using Concord.Features.Commitments;
using Concord.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Updates;

/// <summary>Progress updates of a commitment, with evidence: links given with the update, files uploaded to it.</summary>
public static partial class UpdatesApi
{
    public static RouteGroupBuilder MapUpdates(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Updates").RequireAuthorization(Policies.Read);
        group.MapGet("/commitments/{id:int}/updates", ListAsync);
        group.MapPost("/commitments/{id:int}/updates", PostAsync).RequireAuthorization(Policies.Edit);
        group.MapPost("/updates/{id:int}/evidence", UploadAsync).RequireAuthorization(Policies.Edit)
            // Not .Accepts(multipart): routing would answer 415 before authorization answers 401/403.
            .WithDescription("Upload a file as evidence: multipart/form-data with the fields file, kind and title.").DisableAntiforgery();
        group.MapGet("/evidence/{id:int}/file", DownloadAsync);
        return group;
    }

    static async Task<Results<Ok<Page<UpdateView>>, ValidationProblem, ProblemHttpResult>> ListAsync(int id, RegisterDb db, int? limit, int? offset)
    {
        var errors = new Errors();
        var paging = Paging.Read(limit, offset, errors);
        if (errors.Any) return errors.Problem();
        if (!await db.Commitments.AnyAsync(c => c.Id == id)) return Problems.NotFound($"commitment {id}");
        var query = db.Updates.Where(u => u.CommitmentId == id);
        int total = await query.CountAsync();
        var page = await LoadAsync(db, query.OrderByDescending(u => u.Date).ThenByDescending(u => u.Id).Skip(paging.Offset).Take(paging.Limit));
        return TypedResults.Ok(paging.Of(page, total));
    }

    static async Task<Results<Created<UpdateView>, ValidationProblem, ProblemHttpResult>> PostAsync(int id, UpdateRequest body, RegisterDb db, HttpContext http)
    {
        var c = await db.Commitments.Include(x => x.Parties).SingleOrDefaultAsync(x => x.Id == id);
        if (c is null) return Problems.NotFound($"commitment {id}");
        if (await CommitmentAccess.CheckAsync(db, http.User, id) is { } refused) return refused;
        if (ETags.Check(http, c.Version) is { } stale) return stale;

        var errors = new Errors();
        var date = Deadlines.Today(db.Clock);
        if (body.Date is not null && !DateOnly.TryParseExact(body.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            errors.Add("date", $"The date must be written YYYY-MM-DD, like 2026-03-31; '{body.Date}' is not.");
        CommitmentStatus? status = null;
        if (body.Status is not null)
        {
            if (EnumNames.TryParse<CommitmentStatus>(body.Status, out var s)) status = s;
            else errors.Add("status", $"'{body.Status}' is not a status; use one of {EnumNames.All<CommitmentStatus>()}.");
        }
        var links = new List<EvidenceDraft>();
        var given = body.Evidence ?? [];
        for (int i = 0; i < given.Count; i++)
        {
            var kind = EvidenceKind.SelfReported;
            if (given[i].Kind is { } k && !EnumNames.TryParse(k, out kind))
                errors.Add($"evidence[{i}].kind", $"'{k}' is not a kind of evidence; use one of {EnumNames.All<EvidenceKind>()}.");
            links.Add(new EvidenceDraft(kind, given[i].Title ?? "", given[i].Url ?? ""));
        }
        if (errors.Any) return errors.Problem();

        var result = UpdateApplier.Apply(c, new UpdateDraft(date, body.Party, status, body.Text ?? "", links), http.User.Name(), db.Now);
        if (!result.Succeeded)
        {
            errors.AddAll(result.Errors);
            return errors.Problem();
        }
        CommitmentAccess.Touch(db, c);
        await db.SaveChangesAsync();
        ETags.Set(http, c.Version);
        var view = (await LoadAsync(db, db.Updates.Where(u => u.Id == result.Update!.Id)))[0];
        return TypedResults.Created($"/api/commitments/{id}/updates", view);
    }

    static async Task<Results<Created<EvidenceView>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        int id, HttpRequest request, RegisterDb db, ServeSettings settings)
    {
        var update = await db.Updates.SingleOrDefaultAsync(u => u.Id == id);
        if (update is null) return Problems.NotFound($"update {id}");
        if (await CommitmentAccess.CheckAsync(db, request.HttpContext.User, update.CommitmentId) is { } refused) return refused;
        if (request.ContentLength > settings.MaxUploadBytes + 64 * 1024) return Problems.TooLarge(settings.MaxUploadBytes);
        var errors = new Errors();
        if (!request.HasFormContentType)
        {
            errors.Add("file", "Send the file as multipart/form-data with the fields file, kind and title.");
            return errors.Problem();
        }
        var form = await request.ReadFormAsync();
        var file = form.Files.GetFile("file");
        if (file is null) errors.Add("file", "The form has no file field named 'file'.");
        var kind = EvidenceKind.SelfReported;
        if (form["kind"].ToString() is { Length: > 0 } k && !EnumNames.TryParse(k, out kind))
            errors.Add("kind", $"'{k}' is not a kind of evidence; use one of {EnumNames.All<EvidenceKind>()}.");
        string title = errors.Text("title", form["title"].ToString() is { Length: > 0 } t ? t : file?.FileName, 500);
        if (errors.Any) return errors.Problem();
        if (file!.Length > settings.MaxUploadBytes) return Problems.TooLarge(settings.MaxUploadBytes);

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        if (EvidenceFiles.Check(file.ContentType, bytes) is { } wrongType) return Problems.Unsupported(wrongType);
        var evidence = new Evidence
        {
            UpdateId = id,
            Kind = kind,
            Title = title,
            FileName = EvidenceFiles.SafeName(file.FileName),
            ContentType = file.ContentType.Split(';')[0].Trim().ToLowerInvariant(),
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)),
            Content = bytes,
        };
        db.Evidence.Add(evidence);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/evidence/{evidence.Id}/file", View(evidence));
    }

    static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(int id, RegisterDb db, HttpContext http)
    {
        var file = await db.Evidence.AsNoTracking().Where(e => e.Id == id && e.Content != null)
            .Select(e => new { e.Content, e.ContentType, e.FileName }).SingleOrDefaultAsync();
        if (file is null) return Problems.NotFound($"file for evidence {id}");
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(file.Content!, file.ContentType ?? "application/octet-stream", file.FileName ?? "evidence");
    }

    public static async Task<IReadOnlyList<UpdateView>> LoadAsync(RegisterDb db, IQueryable<ProgressUpdate> updates)
    {
        var list = await updates.AsNoTracking().ToListAsync();
        var ids = list.Select(u => u.Id).ToList();
        var evidence = (await db.Evidence.AsNoTracking().Where(e => ids.Contains(e.UpdateId)).OrderBy(e => e.Id)
            .Select(e => new Evidence { Id = e.Id, UpdateId = e.UpdateId, Kind = e.Kind, Title = e.Title, Url = e.Url, FileName = e.FileName, ContentType = e.ContentType, Sha256 = e.Sha256 })
            .ToListAsync()).ToLookup(e => e.UpdateId, View);
        return list.OrderByDescending(u => u.Date).ThenByDescending(u => u.Id).Select(u => new UpdateView(u.Id, u.CommitmentId, u.Party, u.Date, u.Author, u.StatusBefore, u.StatusAfter, u.Text, u.CreatedAt,
            evidence[u.Id].ToList())).ToList();
    }

    static EvidenceView View(Evidence e) => new(e.Id, e.Kind, e.Title, e.Url, e.FileName, e.ContentType, e.Sha256,
        e.Sha256 is null ? null : $"/api/evidence/{e.Id}/file");
}
