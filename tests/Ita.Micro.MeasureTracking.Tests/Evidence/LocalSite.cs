using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Ita.Micro.MeasureTracking.Tests.Evidence;

/// <summary>A web site on 127.0.0.1 that a test starts, stops and starts again on the same port: what the checker reads.</summary>
public sealed class LocalSite : IAsyncDisposable
{
    private readonly Action<WebApplication> _map;
    private readonly X509Certificate2? _certificate;
    private WebApplication? _app;

    private LocalSite(int port, Action<WebApplication> map, X509Certificate2? certificate)
    {
        Port = port;
        _map = map;
        _certificate = certificate;
    }

    /// <summary>The port: the system's choice at the first start (0 until then), the same one at every start after it.</summary>
    public int Port { get; private set; }

    /// <summary>Requests that reached the site, all runs together.</summary>
    public int Requests => _requests;
    private int _requests;

    public string Url(string path) => $"{(_certificate is null ? "http" : "https")}://127.0.0.1:{Port}{path}";

    public static async Task<LocalSite> StartAsync(
        Action<WebApplication> map,
        X509Certificate2? certificate = null,
        int? port = null
    )
    {
        // Port 0 unless asked: the system picks a free one as it binds, which no other test can take in between.
        var site = new LocalSite(port ?? 0, map, certificate);
        await site.StartAsync();
        return site;
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, Port, listen =>
            {
                if (_certificate is not null)
                    listen.UseHttps(_certificate);
            }));
        var app = builder.Build();
        app.Use(
            async (context, next) =>
            {
                Interlocked.Increment(ref _requests);
                await next(context);
            }
        );
        _map(app);
        await app.StartAsync();
        Port = new Uri(app.Urls.First()).Port;
        _app = app;
    }

    /// <summary>Stops listening: connections to the port are refused until <see cref="StartAsync()"/>.</summary>
    public async Task StopAsync()
    {
        if (_app is null)
            return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>A certificate for 127.0.0.1 signed by itself: no trust store knows it.</summary>
    public static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(
            DateTimeOffset.UtcNow.AddDays(-1),
            DateTimeOffset.UtcNow.AddDays(1)
        );
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
