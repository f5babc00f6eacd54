using System.Globalization;
using System.Security.Cryptography;
using Concord.Data.Register;
using Concord.Data.Tracking;
using Concord.Features.Updates;
using Concord.Web;

namespace Concord.Features.Commitments;

public sealed partial class CommitmentModel
{
    /// <summary>The update as drafted, with an uploaded file as evidence when one came; problems go to
    /// <see cref="UpdateErrors"/> in the page's language.</summary>
    UpdateDraft? ReadUpdate(CommitmentForms.Update form, out Evidence? file)
    {
        file = null;
        var date = Deadlines.Today(db.Clock);
        if (!string.IsNullOrWhiteSpace(form.Date)
            && !DateOnly.TryParseExact(form.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            UpdateErrors.Add(strings["Update.BadDate"]);
        CommitmentStatus? status = null;
        if (form.Status is { Length: > 0 } s)
        {
            if (EnumNames.TryParse<CommitmentStatus>(s, out var parsed)) status = parsed;
            else UpdateErrors.Add(strings["Commitment.BadStatus"]);
        }
        var kind = EvidenceKind.SelfReported;
        if (form.EvidenceKind is { Length: > 0 } k && !EnumNames.TryParse(k, out kind))
            UpdateErrors.Add(strings["Update.BadKind"]);
        if (string.IsNullOrWhiteSpace(form.Text)) UpdateErrors.Add(strings["Update.NeedsText"]);

        var links = new List<EvidenceDraft>();
        bool hasLink = !string.IsNullOrWhiteSpace(form.EvidenceUrl);
        if (hasLink)
        {
            if (!UpdateApplier.IsWebLink(form.EvidenceUrl)) UpdateErrors.Add(strings["Update.BadLink"]);
            else links.Add(new EvidenceDraft(kind, Title(form, form.EvidenceUrl!), form.EvidenceUrl!));
        }
        if (form.EvidenceFile is { Length: > 0 } upload)
        {
            if (upload.Length > settings.MaxUploadBytes)
                UpdateErrors.Add(strings["Update.FileTooLarge", Shared.Format.Number((int)(settings.MaxUploadBytes / (1024 * 1024)))]);
            else
            {
                using var buffer = new MemoryStream((int)upload.Length);
                upload.CopyTo(buffer);
                var bytes = buffer.ToArray();
                if (EvidenceFiles.Check(upload.ContentType, bytes) is not null)
                    UpdateErrors.Add(strings["Update.BadFile", EvidenceFiles.Names]);
                else
                    file = new Evidence
                    {
                        Kind = kind,
                        Title = Title(form, upload.FileName),
                        FileName = EvidenceFiles.SafeName(upload.FileName),
                        ContentType = upload.ContentType.Split(';')[0].Trim().ToLowerInvariant(),
                        Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
                        Content = bytes,
                    };
            }
        }
        if (UpdateErrors.Count > 0) return null;
        return new UpdateDraft(date, form.Party is { Length: > 0 } p ? p : null, status, form.Text ?? "", links);
    }

    static string Title(CommitmentForms.Update form, string fallback)
    {
        string title = string.IsNullOrWhiteSpace(form.EvidenceTitle) ? fallback : form.EvidenceTitle.Trim();
        return title.Length > 500 ? title[..500] : title;
    }
}
