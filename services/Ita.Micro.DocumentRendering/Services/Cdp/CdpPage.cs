using System.Text.Json;

namespace Ita.Micro.DocumentRendering.Services.Cdp;

/// <summary>One tab of a <see cref="ChromiumBrowser"/>, attached over a flat DevTools session.</summary>
public sealed class CdpPage
{
    /// <summary>
    /// Writes the HTML into the page's document and resolves once its fonts and images are ready. It runs through the
    /// DevTools protocol, which works although the document's own scripts are disabled: a script in the HTML is
    /// written but never runs. First the kept image's placeholder becomes the page's blob: URL for it.
    /// </summary>
    private const string WriteDocument = """
        async function (html, placeholder, kept) {
          if (kept) html = html.replaceAll(placeholder, kept);
          document.open();
          document.write(html);
          document.close();
          await document.fonts.ready;
          await Promise.all(Array.from(document.images, image => image.decode().catch(() => null)));
          return true;
        }
        """;

    /// <summary>Loads a data: URI once into the page as a blob (the window keeps it across documents).</summary>
    private const string LoadBlob = """
        async function (dataUri) {
          return URL.createObjectURL(await (await fetch(dataUri)).blob());
        }
        """;

    private readonly CdpConnection _connection;
    private readonly Action<string> _blocked;
    private volatile bool _crashed;
    private string? _window;
    private string? _keptUrl;

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
        (
            await SendAsync(
                    "Emulation.setScriptExecutionDisabled",
                    json => json.WriteBoolean("value", true),
                    cancellationToken
                )
                .ConfigureAwait(false)
        ).Dispose();
        (await SendAsync("Inspector.enable", null, cancellationToken).ConfigureAwait(false)).Dispose();
        (
            await SendAsync(
                    "Fetch.enable",
                    json =>
                    {
                        json.WriteStartArray("patterns");
                        json.WriteStartObject();
                        json.WriteString("urlPattern", "*");
                        json.WriteEndObject();
                        json.WriteEndArray();
                    },
                    cancellationToken
                )
                .ConfigureAwait(false)
        ).Dispose();
    }

    /// <summary>The data: URI whose blob this page holds (<see cref="KeepImageAsync"/>), or null.</summary>
    public string? KeptImage { get; private set; }

    /// <summary>
    /// Loads <paramref name="dataUri"/> once into the page, so that documents written with
    /// <see cref="WriteAsync"/> can name it by a placeholder instead of carrying its bytes every time.
    /// </summary>
    public async Task KeepImageAsync(string dataUri, CancellationToken cancellationToken = default)
    {
        using var reply = await CallAsync(LoadBlob, [dataUri], cancellationToken).ConfigureAwait(false);
        _keptUrl = reply.RootElement.GetProperty("result").GetProperty("result").GetProperty("value").GetString();
        KeptImage = dataUri;
    }

    /// <summary>
    /// Replaces the page's document with <paramref name="html"/> and waits for its fonts and images; every attribute
    /// whose value is <paramref name="placeholder"/> gets the URL of the image kept by <see cref="KeepImageAsync"/>.
    /// </summary>
    public async Task WriteAsync(string html, string? placeholder = null, CancellationToken cancellationToken = default)
    {
        // Only where the placeholder is a whole quoted attribute value: a user's text is HTML-encoded and has no quotes.
        string?[] arguments = placeholder is null
            ? [html, null, null]
            : [html, $"\"{placeholder}\"", $"\"{_keptUrl}\""];
        (await CallAsync(WriteDocument, arguments, cancellationToken).ConfigureAwait(false)).Dispose();
    }

    /// <summary>
    /// Calls a function in the page with string arguments. The window outlives document.open, so the handle taken
    /// once per page stays valid for every document, and a long argument is JSON-encoded once, not also as a script
    /// literal.
    /// </summary>
    private async Task<JsonDocument> CallAsync(
        string function,
        string?[] arguments,
        CancellationToken cancellationToken
    )
    {
        if (_window is null)
        {
            using var window = await SendAsync(
                    "Runtime.evaluate",
                    json => json.WriteString("expression", "globalThis"),
                    cancellationToken
                )
                .ConfigureAwait(false);
            _window = window
                .RootElement.GetProperty("result")
                .GetProperty("result")
                .GetProperty("objectId")
                .GetString();
        }
        var reply = await SendAsync(
                "Runtime.callFunctionOn",
                json =>
                {
                    json.WriteString("functionDeclaration", function);
                    json.WriteString("objectId", _window);
                    json.WriteStartArray("arguments");
                    foreach (var argument in arguments)
                    {
                        json.WriteStartObject();
                        if (argument is null)
                            json.WriteNull("value");
                        else
                            json.WriteString("value", argument);
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                    json.WriteBoolean("awaitPromise", true);
                    json.WriteBoolean("returnByValue", true);
                },
                cancellationToken
            )
            .ConfigureAwait(false);
        if (reply.RootElement.GetProperty("result").TryGetProperty("exceptionDetails", out var exception))
        {
            var text = exception.GetRawText();
            reply.Dispose();
            throw new CdpException("A call in the page failed: " + text);
        }
        return reply;
    }

    /// <summary>Prints the document; paper size and margins come from its CSS @page rules.</summary>
    public async Task<byte[]> PrintAsync(CancellationToken cancellationToken = default)
    {
        using var reply = await SendAsync(
                "Page.printToPDF",
                json =>
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
                },
                cancellationToken
            )
            .ConfigureAwait(false);
        return reply.RootElement.GetProperty("result").GetProperty("data").GetBytesFromBase64();
    }

    /// <summary>
    /// A screenshot of the top-left <paramref name="width"/> × <paramref name="height"/> pixels: PNG with a
    /// transparent background, or JPEG (opaque) at <paramref name="jpegQuality"/>. Only on a page opened without
    /// frame control.
    /// </summary>
    public async Task<byte[]> ScreenshotAsync(
        int width,
        int height,
        int? jpegQuality,
        CancellationToken cancellationToken = default
    )
    {
        (
            await SendAsync(
                    "Emulation.setDeviceMetricsOverride",
                    json =>
                    {
                        json.WriteNumber("width", width);
                        json.WriteNumber("height", height);
                        json.WriteNumber("deviceScaleFactor", 1);
                        json.WriteBoolean("mobile", false);
                    },
                    cancellationToken
                )
                .ConfigureAwait(false)
        ).Dispose();
        if (jpegQuality is null)
        {
            (
                await SendAsync(
                        "Emulation.setDefaultBackgroundColorOverride",
                        json =>
                        {
                            json.WriteStartObject("color");
                            json.WriteNumber("r", 0);
                            json.WriteNumber("g", 0);
                            json.WriteNumber("b", 0);
                            json.WriteNumber("a", 0);
                            json.WriteEndObject();
                        },
                        cancellationToken
                    )
                    .ConfigureAwait(false)
            ).Dispose();
        }
        using var reply = await SendAsync(
                "Page.captureScreenshot",
                json =>
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
                },
                cancellationToken
            )
            .ConfigureAwait(false);
        return reply.RootElement.GetProperty("result").GetProperty("data").GetBytesFromBase64();
    }

    private Task<JsonDocument> SendAsync(
        string method,
        Action<Utf8JsonWriter>? parameters,
        CancellationToken cancellationToken
    ) => _connection.SendAsync(method, parameters, SessionId, cancellationToken);

    private void OnEvent(string method, JsonElement parameters)
    {
        switch (method)
        {
            case "Inspector.targetCrashed":
                _crashed = true;
                _connection.ForgetSession(SessionId, "The page's renderer crashed.");
                break;
            case "Fetch.requestPaused":
                _ = AnswerRequestAsync(
                    parameters.GetProperty("requestId").GetString()!,
                    parameters.GetProperty("request").GetProperty("url").GetString() ?? ""
                );
                break;
        }
    }

    private async Task AnswerRequestAsync(string requestId, string url)
    {
        var allowed =
            url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("about:", StringComparison.OrdinalIgnoreCase);
        if (!allowed)
            _blocked(url);
        try
        {
            (
                await SendAsync(
                        allowed ? "Fetch.continueRequest" : "Fetch.failRequest",
                        json =>
                        {
                            json.WriteString("requestId", requestId);
                            if (!allowed)
                                json.WriteString("errorReason", "BlockedByClient");
                        },
                        CancellationToken.None
                    )
                    .ConfigureAwait(false)
            ).Dispose();
        }
        catch (CdpException)
        {
            // The page went away or the request was cancelled meanwhile: nothing is left to answer.
        }
    }
}
