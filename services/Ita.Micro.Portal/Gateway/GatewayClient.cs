using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ita.Micro.Contracts;
using Ita.Micro.Portal.Session;

namespace Ita.Micro.Portal.Gateway;

/// <summary>
/// The portal's only way to the data: the gateway's APIs, called with the signed-in user's token, so every answer is
/// what the APIs' access rules give that user. Nothing is cached across users.
/// </summary>
public sealed class GatewayClient(HttpClient http, SessionUser session, ILogger<GatewayClient> logger)
{
    public static readonly JsonSerializerOptions Json = new(ContractJson.Options)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Get, path, null, cancellationToken);

    public async Task<ApiResult<T>> SendAsync<T>(
        HttpMethod method,
        string path,
        object? body,
        CancellationToken cancellationToken = default
    )
    {
        using var request = await RequestAsync(method, path);
        if (body is not null)
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        return await SendAsync<T>(request, method, path, cancellationToken);
    }

    /// <summary>A file uploaded as the APIs take one: multipart, in the field "file", under its own name.</summary>
    public async Task<ApiResult<T>> PostFileAsync<T>(
        string path,
        Stream content,
        string fileName,
        string? contentType,
        CancellationToken cancellationToken = default
    )
    {
        using var request = await RequestAsync(HttpMethod.Post, path);
        var file = new StreamContent(content);
        if (!string.IsNullOrWhiteSpace(contentType))
            file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Content = new MultipartFormDataContent { { file, "file", fileName } };
        return await SendAsync<T>(request, HttpMethod.Post, path, cancellationToken);
    }

    /// <summary>A body sent as it is (a JSON file uploaded by the user), not serialised from an object.</summary>
    public async Task<ApiResult<T>> SendRawAsync<T>(
        HttpMethod method,
        string path,
        Stream content,
        string contentType,
        CancellationToken cancellationToken = default
    )
    {
        using var request = await RequestAsync(method, path);
        request.Content = new StreamContent(content);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await SendAsync<T>(request, method, path, cancellationToken);
    }

    private async Task<ApiResult<T>> SendAsync<T>(
        HttpRequestMessage request,
        HttpMethod method,
        string path,
        CancellationToken cancellationToken
    )
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception e)
            when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "The gateway did not answer {Method} {Path}", method, path);
            return new ApiResult<T>(
                HttpStatusCode.ServiceUnavailable,
                default,
                new ApiProblem(
                    "ระบบไม่ตอบสนอง / The service did not answer.",
                    "ลองใหม่อีกครั้ง / Try again.",
                    new Dictionary<string, string[]>(),
                    null
                )
            );
        }
        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                var value =
                    response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0
                        ? default
                        : await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
                return new ApiResult<T>(response.StatusCode, value, null);
            }
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            logger.LogInformation("{Method} {Path} answered {Status}", method, path, (int)response.StatusCode);
            return new ApiResult<T>(response.StatusCode, default, ApiProblem.Read((int)response.StatusCode, text));
        }
    }

    /// <summary>The raw answer (a document's bytes) for the caller to stream and dispose.</summary>
    public async Task<HttpResponseMessage> GetStreamAsync(string path, CancellationToken cancellationToken)
    {
        using var request = await RequestAsync(HttpMethod.Get, path);
        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (await session.GetAsync() is { } user)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.AccessToken);
        return request;
    }
}
