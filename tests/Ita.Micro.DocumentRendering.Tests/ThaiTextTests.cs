using Ita.Micro.Contracts.Text;

namespace Ita.Micro.DocumentRendering.Tests;

public sealed class ThaiTextTests
{
    [Theory]
    [InlineData("0123456789", "๐๑๒๓๔๕๖๗๘๙")]
    [InlineData("i10 ได้ 45.92 คะแนน", "i๑๐ ได้ ๔๕.๙๒ คะแนน")]
    [InlineData("ไม่มีตัวเลข", "ไม่มีตัวเลข")]
    [InlineData("", "")]
    public void ToThaiDigits_replaces_only_the_ascii_digits(string text, string expected) =>
        Assert.Equal(expected, ThaiText.ToThaiDigits(text));

    [Theory]
    [InlineData("85.71", 2, "๘๕.๗๑")]
    [InlineData("-4.46", 2, "-๔.๔๖")]
    [InlineData("80", 2, "๘๐.๐๐")]
    [InlineData("100", 2, "๑๐๐.๐๐")]
    [InlineData("0.005", 2, "๐.๐๑")]
    [InlineData("-0.004", 2, "๐.๐๐")]
    [InlineData("1234.5", 2, "๑,๒๓๔.๕๐")]
    [InlineData("85", 0, "๘๕")]
    public void Number_rounds_half_away_from_zero_and_writes_Thai_digits(string value, int decimals, string expected) =>
        Assert.Equal(
            expected,
            ThaiText.Number(
                decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
                decimals,
                thaiDigits: true
            )
        );

    [Fact]
    public void Collation_puts_names_in_Thai_dictionary_order_and_numbers_in_numeric_order() =>
        Assert.Equal(
            ["กระบี่", "เชียงใหม่", "ตาก", "แม่สอด", "อำเภอที่ 2", "อำเภอที่ 12", "อุ้มผาง"],
            new[] { "อุ้มผาง", "อำเภอที่ 12", "แม่สอด", "ตาก", "อำเภอที่ 2", "เชียงใหม่", "กระบี่" }.Order(
                ThaiText.Collation
            )
        );

    [Fact]
    public void Number_keeps_ascii_digits_and_the_minus_sign_when_Thai_digits_are_off() =>
        Assert.Equal("-4.46", ThaiText.Number(-4.46m, 2, thaiDigits: false));

    [Fact]
    public void Date_writes_the_Buddhist_Era_year_and_the_full_month_name() =>
        Assert.Equal("๒๒ พฤศจิกายน ๒๕๖๙", ThaiText.Date(new DateOnly(2026, 11, 22), thaiDigits: true));

    [Fact]
    public void Date_of_the_leap_day_2024_is_29_February_2567() =>
        Assert.Equal("๒๙ กุมภาพันธ์ ๒๕๖๗", ThaiText.Date(new DateOnly(2024, 2, 29), thaiDigits: true));

    [Theory]
    [InlineData(1, "1 มกราคม 2568")]
    [InlineData(4, "1 เมษายน 2568")]
    [InlineData(7, "1 กรกฎาคม 2568")]
    [InlineData(12, "1 ธันวาคม 2568")]
    public void Date_without_Thai_digits_uses_ascii_digits(int month, string expected) =>
        Assert.Equal(expected, ThaiText.Date(new DateOnly(2025, month, 1), thaiDigits: false));

    [Theory]
    [InlineData(2025, 9, 30, 2568)]
    [InlineData(2025, 10, 1, 2569)]
    [InlineData(2024, 10, 1, 2568)]
    [InlineData(2025, 1, 1, 2568)]
    [InlineData(2025, 12, 31, 2569)]
    [InlineData(2024, 2, 29, 2567)]
    public void FiscalYearOf_runs_from_1_October_to_30_September_named_by_the_year_it_ends(
        int year,
        int month,
        int day,
        int expected
    ) => Assert.Equal(expected, ThaiText.FiscalYearOf(new DateOnly(year, month, day)));
}
