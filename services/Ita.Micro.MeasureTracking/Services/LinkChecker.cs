using System.Diagnostics;
using System.Security.Authentication;
using System.Security.Cryptography;
using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Fetches an evidence URL the way an assessor's browser would (GET, following redirects) and says what it found:
/// status, final URL, content type, size and a hash of the body. Redirects are followed here, one request each, so
/// every hop is checked for its scheme, counted, and sent through its own host's resilience pipeline. Only http(s);
/// the connect step refuses private addresses (<see cref="GuardedConnector"/>); the body is read up to a bound and the
/// whole fetch has a deadline.
/// </summary>
public sealed class LinkChecker(IHttpClientFactory clients, IOptions<EvidenceOptions> options, TimeProvider time)
{
    public const string ClientName = "evidence-links";

    public async Task<LinkCheckResult> CheckAsync(string url, CancellationToken ct)
    {
        var o = options.Value;
        var started = Stopwatch.GetTimestamp();
        using var deadline = new CancellationTokenSource(o.FetchTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        var result = await FetchAsync(url, o, linked.Token, () =>
            deadline.IsCancellationRequested && !ct.IsCancellationRequested
        );
        return result with { Duration = Stopwatch.GetElapsedTime(started) };
    }

    private async Task<LinkCheckResult> FetchAsync(
        string url,
        EvidenceOptions o,
        CancellationToken ct,
        Func<bool> timedOut
    )
    {
        if (!IsWebAddress(url, out var current))
            return new LinkCheckResult
            {
                Failure = LinkFailure.NotAllowed,
                Detail = $"ไม่ใช่ลิงก์ http:// หรือ https:// / Not an http(s) address: {url}",
            };
        var client = clients.CreateClient(ClientName);
        var seen = new HashSet<string>(StringComparer.Ordinal) { current.AbsoluteUri };
        var redirects = 0;
        try
        {
            while (true)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (!IsWebAddress(next.AbsoluteUri, out next!))
                        return Failed(
                            LinkFailure.NotAllowed,
                            status,
                            current,
                            redirects,
                            $"เปลี่ยนเส้นทางไปยังที่อยู่ที่ไม่ใช่ http(s) / Redirected to a non-http(s) address: {location}"
                        );
                    redirects++;
                    if (!seen.Add(next.AbsoluteUri))
                        return Failed(
                            LinkFailure.TooManyRedirects,
                            status,
                            next,
                            redirects,
                            $"เปลี่ยนเส้นทางวนซ้ำ / Redirect loop back to {next.AbsoluteUri}"
                        );
                    if (redirects > o.MaxRedirects)
                        return Failed(
                            LinkFailure.TooManyRedirects,
                            status,
                            next,
                            redirects,
                            $"เปลี่ยนเส้นทางเกิน {o.MaxRedirects} ครั้ง / More than {o.MaxRedirects} redirects"
                        );
                    current = next;
                    continue;
                }
                if (status is < 200 or >= 300)
                    return Failed(
                        LinkFailure.HttpStatus,
                        status,
                        current,
                        redirects,
                        $"HTTP {status} {response.ReasonPhrase}".TrimEnd()
                    );
                var (size, truncated, hash) = await ReadBoundedAsync(response.Content, o.MaxResponseBytes, ct);
                return new LinkCheckResult
                {
                    StatusCode = status,
                    FinalUrl = current.AbsoluteUri,
                    ContentType = response.Content.Headers.ContentType?.MediaType,
                    SizeBytes = truncated ? response.Content.Headers.ContentLength ?? size : size,
                    Truncated = truncated,
                    ContentHash = hash,
                    Redirects = redirects,
                    Detail = truncated
                        ? $"HTTP {status}: อ่านเพียง {o.MaxResponseBytes} ไบต์แรก / HTTP {status}, only the first {o.MaxResponseBytes} bytes read"
                        : $"HTTP {status}",
                };
            }
        }
        catch (OperationCanceledException) when (timedOut())
        {
            return Failed(
                LinkFailure.Timeout,
                null,
                current,
                redirects,
                $"ไม่ได้คำตอบภายใน {o.FetchTimeout.TotalSeconds:0.#} วินาที / No complete answer within {o.FetchTimeout}"
            );
        }
        catch (TimeoutRejectedException)
        {
            return Failed(
                LinkFailure.Timeout,
                null,
                current,
                redirects,
                $"ไม่ได้คำตอบภายใน {o.AttemptTimeout.TotalSeconds:0.#} วินาที / No answer within {o.AttemptTimeout}"
            );
        }
        catch (BrokenCircuitException)
        {
            return Failed(
                LinkFailure.HostUnavailable,
                null,
                current,
                redirects,
                $"{current.Host} ล้มเหลวต่อเนื่อง งดตรวจชั่วคราว / {current.Host} failed repeatedly; its checks are paused (circuit open)"
            );
        }
        catch (RateLimiterRejectedException)
        {
            return Failed(
                LinkFailure.HostUnavailable,
                null,
                current,
                redirects,
                $"คิวตรวจของ {current.Host} เต็ม / Too many checks queued for {current.Host}"
            );
        }
        catch (HttpRequestException e) when (Find<AddressNotAllowedException>(e) is { } blocked)
        {
            return Failed(
                LinkFailure.NotAllowed,
                null,
                current,
                redirects,
                $"ไม่อนุญาตให้ตรวจที่อยู่ภายใน / {blocked.Message}"
            );
        }
        catch (HttpRequestException e)
            when (e.HttpRequestError == HttpRequestError.SecureConnectionError
                || Find<AuthenticationException>(e) is not null
            )
        {
            return Failed(
                LinkFailure.TlsError,
                null,
                current,
                redirects,
                $"ใบรับรอง TLS ไม่ผ่านการตรวจสอบ / TLS failed: {Innermost(e).Message}"
            );
        }
        catch (HttpRequestException e)
        {
            return Failed(
                LinkFailure.NetworkError,
                null,
                current,
                redirects,
                $"เชื่อมต่อไม่ได้ / {e.HttpRequestError}: {Innermost(e).Message}"
            );
        }
    }

    /// <summary>An absolute http or https address with a host.</summary>
    public static bool IsWebAddress(string url, out Uri uri) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out uri!)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    private static async Task<(long Size, bool Truncated, string Hash)> ReadBoundedAsync(
        HttpContent content,
        int max,
        CancellationToken ct
    )
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var stream = await content.ReadAsStreamAsync(ct);
        var buffer = new byte[81920];
        long total = 0;
        while (total < max)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, max - total)), ct);
            if (read == 0)
                return (total, false, Convert.ToHexStringLower(sha.GetHashAndReset()));
            sha.AppendData(buffer, 0, read);
            total += read;
        }
        // At the bound: one more byte says whether there was more.
        var more = await stream.ReadAsync(buffer.AsMemory(0, 1), ct) > 0;
        return (total, more, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    private static LinkCheckResult Failed(LinkFailure failure, int? status, Uri at, int redirects, string detail) =>
        new()
        {
            Failure = failure,
            StatusCode = status,
            FinalUrl = at.AbsoluteUri,
            Redirects = redirects,
            Detail = detail,
        };

    private static T? Find<T>(Exception e)
        where T : Exception
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
            if (x is T found)
                return found;
        return null;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
            e = e.InnerException;
        return e;
    }
}
