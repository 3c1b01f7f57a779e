namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// The units a local government usually has (ส่วนราชการ of อบต. and เทศบาล): the list an organisation starts with,
/// which its officers then correct to their own structure.
/// </summary>
public static class DefaultUnits
{
    public static IReadOnlyList<string> All { get; } =
    [
        "สำนักปลัด",
        "กองคลัง",
        "กองช่าง",
        "กองการศึกษา ศาสนาและวัฒนธรรม",
        "กองสาธารณสุขและสิ่งแวดล้อม",
        "กองสวัสดิการสังคม",
        "กองยุทธศาสตร์และงบประมาณ",
        "กองการเจ้าหน้าที่",
        "หน่วยตรวจสอบภายใน",
    ];
}
