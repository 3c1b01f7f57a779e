using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>One check of an evidence link, from its history.</summary>
public sealed record EvidenceCheckResponse(
    long Id,
    DateTime CheckedAtUtc,
    bool Ok,
    LinkFailure? Failure,
    int? StatusCode,
    string? FinalUrl,
    string? ContentType,
    long? SizeBytes,
    bool Truncated,
    string? ContentHash,
    bool ContentChanged,
    int Redirects,
    int DurationMs,
    string? Detail
)
{
    public static EvidenceCheckResponse From(EvidenceCheck c) =>
        new(
            c.Id,
            c.CheckedAtUtc,
            c.Ok,
            c.Failure,
            c.StatusCode,
            c.FinalUrl,
            c.ContentType,
            c.SizeBytes,
            c.Truncated,
            c.ContentHash,
            c.ContentChanged,
            c.Redirects,
            c.DurationMs,
            c.Detail
        );
}
