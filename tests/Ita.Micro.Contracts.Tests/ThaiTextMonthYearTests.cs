using Ita.Micro.Contracts.Text;

namespace Ita.Micro.Contracts.Tests;

/// <summary>
/// The month-and-year text of the shared Thai helper: measure tracking prints it in Thai digits in plans, the portal
/// in Arabic digits in its month lists.
/// </summary>
public sealed class ThaiTextMonthYearTests
{
    [Theory]
    [InlineData(2025, 10, true, "ตุลาคม ๒๕๖๘")]
    [InlineData(2028, 2, true, "กุมภาพันธ์ ๒๕๗๑")]
    [InlineData(2025, 10, false, "ตุลาคม 2568")]
    [InlineData(2026, 9, false, "กันยายน 2569")]
    public void A_month_is_written_with_its_full_Thai_name_and_Buddhist_Era_year(
        int year,
        int month,
        bool thaiDigits,
        string expected
    ) => Assert.Equal(expected, ThaiText.MonthYear(new DateOnly(year, month, 17), thaiDigits));
}
