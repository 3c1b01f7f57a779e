using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Ita.Micro.Portal.Tests;

[Collection(PortalCollection.Name)]
public sealed class ConcurrentEditTests(PortalSystem system, BrowserFixture browser)
{
    private const string Org = PortalSystem.ConflictOrganisation;

    [Fact]
    public async Task The_second_officer_to_save_a_measure_sees_who_changed_what_and_keeps_the_input()
    {
        var first = await PortalPages.OpenAsync(browser, system);
        var second = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(first, "officer", Org, "officer-anong");
        await PortalPages.SignInAsync(second, "officer", Org, "officer-boonmee");
        foreach (var page in new[] { first, second })
        {
            await PortalPages.GoAsync(page, "/plan");
            await page.Locator("article button", new() { HasTextString = "แก้ไข" }).First.ClickAsync();
        }

        await first.Locator("form.editor input[id$='-title']").FillAsync("มาตรการที่อนงค์แก้ไข");
        await first.Locator("form.editor button[type=submit]").ClickAsync();
        await Expect(first.Locator("p.success")).ToHaveTextAsync("บันทึกแล้ว");

        const string target = "ตัวชี้วัดที่ ๔ ได้คะแนนไม่ต่ำกว่า ๙๐ คะแนน (บุญมีเสนอ)";
        await second.Locator("form.editor input[id$='-target']").FillAsync(target);
        await second.Locator("form.editor button[type=submit]").ClickAsync();

        var conflict = second.Locator("section.conflict");
        await Expect(conflict).ToContainTextAsync("มีผู้อื่นแก้ไขมาตรการนี้ก่อนท่าน");
        await Expect(conflict).ToContainTextAsync("officer-anong");
        // Who changed what, in the officer's words rather than the API's field names.
        await Expect(conflict.Locator("ul li")).ToContainTextAsync("officer-anong");
        await Expect(conflict.Locator("ul li").First).ToContainTextAsync("ชื่อมาตรการ");
        await Expect(conflict.Locator("ul li").First).Not.ToContainTextAsync("title");
        await Expect(conflict.Locator("table.diff")).ToContainTextAsync("มาตรการที่อนงค์แก้ไข");
        await Expect(conflict.Locator("table.diff")).ToContainTextAsync(target);
        // The input is still in the form, unsaved, for the officer to merge.
        await Expect(second.Locator("form.editor input[id$='-target']")).ToHaveValueAsync(target);
        await PortalPages.ScreenshotAsync(second, "plan-conflict-1280");

        // Taking the saved title into the form and saving again merges both changes.
        await second.Locator("form.editor input[id$='-title']").FillAsync("มาตรการที่อนงค์แก้ไข");
        await conflict.Locator("button", new() { HasTextString = "บันทึกฉบับของท่าน" }).ClickAsync();
        await Expect(second.Locator("p.success")).ToHaveTextAsync("บันทึกแล้ว");
        await Expect(second.Locator("ol.measure-list article").First).ToContainTextAsync(target);
        await Expect(second.Locator("ol.measure-list article").First).ToContainTextAsync("มาตรการที่อนงค์แก้ไข");

        // The plan's audit trail names both changes as the officers would.
        await second.Locator("button", new() { HasTextString = "แสดงประวัติการแก้ไข" }).ClickAsync();
        var trail = second.Locator("table.plain", new() { HasTextString = "officer-boonmee" });
        await Expect(trail).ToContainTextAsync("มาตรการ · แก้ไข");
        await Expect(trail).ToContainTextAsync("เป้าหมาย: ");
        await Expect(trail).ToContainTextAsync("ชื่อมาตรการ: ");
        await Expect(trail).Not.ToContainTextAsync("target:");
    }
}
