namespace Ita.Micro.DocumentRendering.Services.Cdp;

/// <summary>A command could not be answered because its page or the whole browser went away (closed, crashed, killed).</summary>
public sealed class CdpTargetClosedException : CdpException
{
    public CdpTargetClosedException(string message)
        : base(message) { }

    public CdpTargetClosedException(string message, Exception innerException)
        : base(message, innerException) { }
}
