using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;

namespace Ita.Micro.Portal.Session;

/// <summary>
/// What a user was typing when the session expired, kept (encrypted) in the browser tab's session storage so that
/// the form comes back as it was after signing in again. Taken once, then removed.
/// </summary>
public sealed class DraftStore(ProtectedSessionStorage storage, ILogger<DraftStore> logger)
{
    public async Task KeepAsync<T>(string key, T draft)
    {
        try
        {
            await storage.SetAsync(key, draft!);
        }
        catch (Exception e)
            when (e is InvalidOperationException or TaskCanceledException or Microsoft.JSInterop.JSException)
        {
            logger.LogWarning(e, "The draft {Key} could not be kept in the browser", key);
        }
    }

    public async Task<T?> TakeAsync<T>(string key)
    {
        try
        {
            var found = await storage.GetAsync<T>(key);
            if (!found.Success)
                return default;
            await storage.DeleteAsync(key);
            return found.Value;
        }
        catch (Exception e)
            when (e
                    is InvalidOperationException
                        or TaskCanceledException
                        or Microsoft.JSInterop.JSException
                        or System.Security.Cryptography.CryptographicException
            )
        {
            logger.LogWarning(e, "The draft {Key} could not be read back", key);
            return default;
        }
    }
}
