using System.Text.Json;

namespace Ita.Micro.DocumentRendering.Services.Cdp;

/// <summary>One tab of a <see cref="ChromiumBrowser"/>, attached over a flat DevTools session.</summary>
public sealed class CdpPage
{
    /// <summary>
    /// Writes the HTML into the page's document and resolves once its fonts and images are ready. It runs through the
    /// DevTools protocol, which works although the document's own scripts are disabled: a script in the HTML is
    /// written but never runs.
    /// </summary>
    private const string WriteDocument =
        """
        async function (html) {
          document.open();
          document.write(html);
          document.close();
          await document.fonts.ready;
          await Promise.all(Array.from(document.images, image => image.decode().catch(() => null)));
          return true;
        }
        """;

    private readonly CdpConnection _connection;
    private readonly Action<string> _blocked;
    private volatile bool _crashed;
    private string? _window;

    internal CdpPage(CdpConnection connection, string targetId, string sessionId, Action<string> blocked)
    {
        _connection = connection;
        _blocked = blocked;
        TargetId = targetId;
        SessionId = sessionId;
        connection.OnSessionEvents(sessionId, OnEvent);
    }

    public string TargetId { get; }

    public string SessionId { get; }

    /// <summary>True once Chromium reported the page's renderer crashed.</summary>
    public bool Crashed => _crashed;

    /// <summary>Scripts off, and every request paused so that only data: URLs load.</summary>
    internal async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        (await SendAsync("Emulation.setScriptExecutionDisabled", json => json.WriteBoolean("value", true), cancellationToken)
            .ConfigureAwait(false)).Dispose();
        (await SendAsync("Inspector.enable", null, cancellationToken).ConfigureAwait(false)).Dispose();
        (await SendAsync("Fetch.enable", json =>
        {
            json.WriteStartArray("patterns");
            json.WriteStartObject();
            json.WriteString("urlPattern", "*");
            json.WriteEndObject();
            json.WriteEndArray();
        }, cancellationToken).ConfigureAwait(false)).Dispose();
    }

    /// <summary>Replaces the page's document with <paramref name="html"/> and waits for its fonts and images.</summary>
    public async Task WriteAsync(string html, CancellationToken cancellationToken = default)
    {
        // The window outlives document.open, so the handle taken once per page stays valid for every document, and
        // the HTML travels as an argument: JSON-encoded once, not also as a script literal.
        if (_window is null)
        {
            using var window = await SendAsync("Runtime.evaluate", json => json.WriteString("expression", "globalThis"), cancellationToken)
                .ConfigureAwait(false);
            _window = window.RootElement.GetProperty("result").GetProperty("result").GetProperty("objectId").GetString();
        }
        using var reply = await SendAsync("Runtime.callFunctionOn", json =>
        {
            json.WriteString("functionDeclaration", WriteDocument);
            json.WriteString("objectId", _window);
            json.WriteStartArray("arguments");
            json.WriteStartObject();
            json.WriteString("value", html);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteBoolean("awaitPromise", true);
            json.WriteBoolean("returnByValue", true);
        }, cancellationToken).ConfigureAwait(false);
        if (reply.RootElement.GetProperty("result").TryGetProperty("exceptionDetails", out var exception))
            throw new CdpException("Writing the document failed: " + exception.GetRawText());
    }

    /// <summary>Prints the document; paper size and margins come from its CSS @page rules.</summary>
    public async Task<byte[]> PrintAsync(CancellationToken cancellationToken = default)
    {
        using var reply = await SendAsync("Page.printToPDF", json =>
        {
            json.WriteBoolean("printBackground", true);
            json.WriteBoolean("preferCSSPageSize", true);
            // A4 and no margins of its own when a document has no @page rule; every template has one.
            json.WriteNumber("paperWidth", 8.27);
            json.WriteNumber("paperHeight", 11.7);
            json.WriteNumber("marginTop", 0);
            json.WriteNumber("marginBottom", 0);
            json.WriteNumber("marginLeft", 0);
            json.WriteNumber("marginRight", 0);
            json.WriteBoolean("generateTaggedPDF", false);
            json.WriteBoolean("generateDocumentOutline", false);
        }, cancellationToken).ConfigureAwait(false);
        return reply.RootElement.GetProperty("result").GetProperty("data").GetBytesFromBase64();
    }

    /// <summary>
    /// A screenshot of the top-left <paramref name="width"/> × <paramref name="height"/> pixels: PNG with a
    /// transparent background, or JPEG (opaque) at <paramref name="jpegQuality"/>. Only on a page opened without
    /// frame control.
    /// </summary>
    public async Task<byte[]> ScreenshotAsync(int width, int height, int? jpegQuality, CancellationToken cancellationToken = default)
    {
        (await SendAsync("Emulation.setDeviceMetricsOverride", json =>
        {
            json.WriteNumber("width", width);
            json.WriteNumber("height", height);
            json.WriteNumber("deviceScaleFactor", 1);
            json.WriteBoolean("mobile", false);
        }, cancellationToken).ConfigureAwait(false)).Dispose();
        if (jpegQuality is null)
        {
            (await SendAsync("Emulation.setDefaultBackgroundColorOverride", json =>
            {
                json.WriteStartObject("color");
                json.WriteNumber("r", 0);
                json.WriteNumber("g", 0);
                json.WriteNumber("b", 0);
                json.WriteNumber("a", 0);
                json.WriteEndObject();
            }, cancellationToken).ConfigureAwait(false)).Dispose();
        }
        using var reply = await SendAsync("Page.captureScreenshot", json =>
        {
            json.WriteString("format", jpegQuality is null ? "png" : "jpeg");
            if (jpegQuality is { } quality)
                json.WriteNumber("quality", quality);
            json.WriteStartObject("clip");
            json.WriteNumber("x", 0);
            json.WriteNumber("y", 0);
            json.WriteNumber("width", width);
            json.WriteNumber("height", height);
            json.WriteNumber("scale", 1);
            json.WriteEndObject();
        }, cancellationToken).ConfigureAwait(false);
        return reply.RootElement.GetProperty("result").GetProperty("data").GetBytesFromBase64();
    }

    private Task<JsonDocument> SendAsync(string method, Action<Utf8JsonWriter>? parameters, CancellationToken cancellationToken) =>
        _connection.SendAsync(method, parameters, SessionId, cancellationToken);

    private void OnEvent(string method, JsonElement parameters)
    {
        switch (method)
        {
            case "Inspector.targetCrashed":
                _crashed = true;
                _connection.ForgetSession(SessionId, "The page's renderer crashed.");
                break;
            case "Fetch.requestPaused":
                _ = AnswerRequestAsync(parameters.GetProperty("requestId").GetString()!, parameters.GetProperty("request").GetProperty("url").GetString() ?? "");
                break;
        }
    }

    private async Task AnswerRequestAsync(string requestId, string url)
    {
        var allowed = url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("about:", StringComparison.OrdinalIgnoreCase);
        if (!allowed)
            _blocked(url);
        try
        {
            (await SendAsync(allowed ? "Fetch.continueRequest" : "Fetch.failRequest", json =>
            {
                json.WriteString("requestId", requestId);
                if (!allowed)
                    json.WriteString("errorReason", "BlockedByClient");
            }, CancellationToken.None).ConfigureAwait(false)).Dispose();
        }
        catch (CdpException)
        {
            // The page went away or the request was cancelled meanwhile: nothing is left to answer.
        }
    }
}
