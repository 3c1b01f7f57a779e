namespace Ita.Micro.ServiceDefaults.OpenApi;

/// <summary>
/// What an operation's OpenAPI description says beyond what its handler's signature tells: Thai and English
/// summaries, and for handlers that read their body or answer with <c>IResult</c>, the request and response types.
/// </summary>
/// <param name="Thai">The summary in Thai.</param>
/// <param name="English">The same in English.</param>
public sealed record ApiOperation(string Thai, string English)
{
    /// <summary>The success response's body type where the handler's return type does not say it.</summary>
    public Type? Response { get; init; }

    /// <summary>Media types of a success response that is a file or text rather than JSON (application/pdf, text/html).</summary>
    public string[]? Files { get; init; }

    /// <summary>The success status code of <see cref="Response"/> (200 unless 201, 202…).</summary>
    public int Status { get; init; } = 200;

    /// <summary>The JSON request body's type where the handler reads the body itself.</summary>
    public Type? Request { get; init; }

    /// <summary>
    /// The roles that may call it, where the handler narrows the endpoint's policy (an approver alone approves);
    /// otherwise the policy's roles are listed.
    /// </summary>
    public string[]? Roles { get; init; }

    /// <summary>An example of the request body, as JSON.</summary>
    public string? RequestExample { get; init; }

    /// <summary>An example of the success response body, as JSON.</summary>
    public string? ResponseExample { get; init; }
}
