namespace Ita.Micro.Contracts;

/// <summary>Why an evidence link could not be read. Messages carry the number.</summary>
public enum LinkFailure
{
    /// <summary>The server answered with an error status (4xx, 5xx).</summary>
    HttpStatus = 0,

    /// <summary>No answer within the time allowed.</summary>
    Timeout = 1,

    /// <summary>The server's certificate or TLS handshake was refused.</summary>
    TlsError = 2,

    /// <summary>The host was not found, refused the connection or dropped it.</summary>
    NetworkError = 3,

    /// <summary>Redirects went round in a circle or beyond the number allowed.</summary>
    TooManyRedirects = 4,

    /// <summary>Not an http(s) address, or one that resolves to a private or loopback address: never fetched.</summary>
    NotAllowed = 5,

    /// <summary>The host failed so often that its checks are paused for a while (the circuit is open).</summary>
    HostUnavailable = 6,
}
