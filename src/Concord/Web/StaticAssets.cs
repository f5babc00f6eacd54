using Microsoft.Extensions.FileProviders;

namespace Concord.Web;

/// <summary>The files of wwwroot, embedded in the executable: served the same from the build output, a published
/// folder and the test server, whatever the working directory.</summary>
public static class StaticAssets
{
    public static IFileProvider Files { get; } = new EmbeddedFileProvider(typeof(StaticAssets).Assembly, "Concord.wwwroot");

    public static WebApplication UseConcordStaticFiles(this WebApplication app)
    {
        app.Environment.WebRootFileProvider = Files;
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = Files,
            OnPrepareResponse = c =>
            {
                // Links carry the file's hash (asp-append-version), so a changed file gets a new address.
                bool versioned = c.Context.Request.Query.ContainsKey("v");
                c.Context.Response.Headers.CacheControl = versioned ? "public, max-age=31536000, immutable" : "no-cache";
            },
        });
        return app;
    }
}
