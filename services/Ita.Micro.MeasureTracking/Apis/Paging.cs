using Ita.Micro.MeasureTracking.Services;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>page (from 1) and pageSize (1–200, default 50) of list endpoints.</summary>
public static class Paging
{
    public const int MaxPageSize = 200;

    public static (int Page, int Size) Read(int? page, int? pageSize, ValidationErrors errors)
    {
        if (page is < 1)
            errors.Add("page", "page ต้องเป็นจำนวนเต็มตั้งแต่ ๑ ขึ้นไป (page) / page must be 1 or more.");
        if (pageSize is < 1 or > MaxPageSize)
            errors.Add(
                "pageSize",
                $"pageSize ต้องอยู่ระหว่าง ๑ ถึง {MaxPageSize} (pageSize) / pageSize must be 1 to {MaxPageSize}."
            );
        return (page ?? 1, pageSize ?? 50);
    }
}
