using System.Xml.Linq;
using Concord.Data.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Concord.Web;

/// <summary>The data-protection key ring in the register (<see cref="RegisterKeys"/>), so that instances behind a load
/// balancer without sticky sessions accept each other's cookies and antiforgery tokens.</summary>
public sealed class RegisterKeyRepository(RegisterStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = store.Open();
        return [.. RegisterKeys.ReadAll(db).Select(xml => XElement.Parse(xml))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var db = store.Open();
        RegisterKeys.Store(db, string.IsNullOrEmpty(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName, element.ToString(SaveOptions.DisableFormatting));
    }
}
