using System.Net;

namespace Ita.Micro.Portal.Gateway;

/// <summary>An API answer: the value on success, else the status and the API's own problem.</summary>
public sealed record ApiResult<T>(HttpStatusCode Status, T? Value, ApiProblem? Problem)
{
    public bool Ok => (int)Status is >= 200 and < 300;
    public bool NotFound => Status == HttpStatusCode.NotFound;
    public bool Conflict => Status == HttpStatusCode.Conflict;

    /// <summary>The session's token was refused (expired): the user signs in again; the page keeps what was typed.</summary>
    public bool SessionExpired => Status == HttpStatusCode.Unauthorized;
}
