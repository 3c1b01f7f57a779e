namespace Ita.Micro.NationalData;

/// <summary>
/// Thai place names built the way real ones are: a landscape word (หนอง, ดอน, ห้วย …, with regional ones such as แม่
/// in the north, โนน in the north-east, ควน in the south) and one or two descriptive syllables. Unique per province.
/// </summary>
internal sealed class NameGenerator(Random random, Province province)
{
    private static readonly string[] CommonHeads =
    [
        "บ้าน",
        "หนอง",
        "นา",
        "ท่า",
        "วัง",
        "ห้วย",
        "ดอน",
        "โคก",
        "ป่า",
        "บ่อ",
        "ทุ่ง",
        "ศรี",
        "เขา",
        "ลำ",
        "สระ",
        "ไร่",
        "บึง",
        "หาด",
    ];

    private static readonly Dictionary<Region, string[]> RegionalHeads = new()
    {
        [Region.Central] = ["บาง", "คลอง", "สาม", "ดอน", "บ้าน"],
        [Region.NorthEast] = ["โนน", "กุด", "โพน", "ดง", "เหล่า", "ซำ", "หนอง"],
        [Region.North] = ["แม่", "เวียง", "สัน", "ดอย", "ปง", "ป่าง", "แม่"],
        [Region.South] = ["ควน", "บาง", "ปาก", "เกาะ", "ทับ", "พรุ", "ควน"],
    };

    private static readonly string[] Tails =
    [
        "ใหม่",
        "เก่า",
        "แก้ว",
        "ทอง",
        "ใหญ่",
        "น้อย",
        "หลวง",
        "สูง",
        "บัว",
        "แดง",
        "ขาว",
        "ดี",
        "งาม",
        "ทราย",
        "ช้าง",
        "ม่วง",
        "ไผ่",
        "ยาง",
        "กลาง",
        "เหนือ",
        "ใต้",
        "หิน",
        "ปลา",
        "สวรรค์",
        "เจริญ",
        "สุข",
        "พัฒนา",
        "ไทร",
        "โพธิ์",
        "ขาม",
        "ค้อ",
        "จาน",
        "แสง",
        "ชัย",
        "คำ",
        "เงิน",
        "บุญ",
        "เตย",
        "แค",
        "สะแก",
        "ตะเคียน",
        "จิก",
        "หว้า",
        "ลาน",
        "พลับ",
        "กระทุ่ม",
        "มะขาม",
        "ยาว",
        "เรือ",
        "เกลือ",
        "ทองหลาง",
        "สำโรง",
        "พะยอม",
        "ตาล",
        "มะนาว",
        "นกยูง",
        "เสือ",
        "เต่า",
    ];

    private readonly HashSet<string> _used = [province.Name];

    /// <summary>A place name not given yet in this province.</summary>
    public string Next()
    {
        var heads = RegionalHeads[province.Region];
        for (var attempt = 0; ; attempt++)
        {
            // Regional words a third of the time; a second descriptive syllable a quarter of the time, always after
            // repeated collisions (a large province needs a few hundred names).
            var head =
                random.NextDouble() < 0.35
                    ? heads[random.Next(heads.Length)]
                    : CommonHeads[random.Next(CommonHeads.Length)];
            var name = head + Tails[random.Next(Tails.Length)];
            if (attempt > 8 || random.NextDouble() < 0.25)
            {
                var second = Tails[random.Next(Tails.Length)];
                if (!name.EndsWith(second, StringComparison.Ordinal))
                    name += second;
            }
            if (_used.Add(name))
                return name;
        }
    }
}
