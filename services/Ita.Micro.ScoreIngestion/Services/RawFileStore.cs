using Ita.Micro.ServiceDefaults.Data;
using Microsoft.Extensions.Options;

namespace Ita.Micro.ScoreIngestion.Services;

/// <summary>Keeps every received file as it came, so nothing sent is ever lost and any import can be read again.</summary>
public sealed class RawFileStore(IOptions<DatabaseOptions> database)
{
    public string Folder => Path.GetFullPath(Path.Combine(database.Value.DataDirectory, "imports"));

    public string PathOf(string storedFile) => Path.Combine(Folder, storedFile);

    /// <summary>
    /// Copies <paramref name="content"/> to the store under a name made from the import id, refusing more than
    /// <paramref name="maxBytes"/>; returns the stored name and size.
    /// </summary>
    public async Task<(string StoredFile, long Size)> SaveAsync(
        Guid importId,
        string extension,
        Stream content,
        long maxBytes,
        CancellationToken cancellationToken
    )
    {
        Directory.CreateDirectory(Folder);
        var storedFile = $"{importId:N}.{extension}";
        var path = PathOf(storedFile);
        long size = 0;
        await using (var file = File.Create(path + ".part"))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                size += read;
                if (size > maxBytes)
                {
                    await file.DisposeAsync();
                    File.Delete(path + ".part");
                    throw new FileTooLargeException(maxBytes);
                }
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        File.Move(path + ".part", path, overwrite: true);
        return (storedFile, size);
    }

    public Stream Open(string storedFile) =>
        new FileStream(PathOf(storedFile), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
}
