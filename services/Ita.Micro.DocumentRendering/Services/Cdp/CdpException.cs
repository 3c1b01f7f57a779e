namespace Ita.Micro.DocumentRendering.Services.Cdp;

/// <summary>Chromium answered a DevTools command with an error.</summary>
public class CdpException : Exception
{
    public CdpException(string message)
        : base(message) { }

    public CdpException(string message, Exception innerException)
        : base(message, innerException) { }
}
