namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>
/// Every message the readers give, in one place so the Thai and English stay consistent: Thai first, then " / ",
/// then English, as everywhere in the service.
/// </summary>
internal static class ParsingMessages
{
    public const string NotANumber = "คะแนนต้องเป็นตัวเลข 0–100 / The score must be a number from 0 to 100";
    public const string FormulaText =
        "ค่าที่ขึ้นต้นด้วย = + - หรือ @ ไม่ได้รับอนุญาต (อาจเป็นสูตร) / Values starting with = + - or @ are not accepted (they may be formulas)";
    public const string FormulaCell = "สูตรไม่ได้รับอนุญาต / Formulas are not accepted";
    public const string OrganisationCodeRequired = "ต้องระบุรหัสองค์กร / The organisation code is required";
    public const string OrganisationCodeInvalid =
        "รหัสองค์กรต้องเป็นตัวอักษรภาษาอังกฤษ ตัวเลข หรือ - ยาว 1–20 ตัว / The organisation code must be 1–20 letters, digits or '-'";
    public const string FiscalYearRequired = "ต้องระบุปีงบประมาณ / The fiscal year is required";
    public const string FiscalYearInvalid =
        "ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2568 / The fiscal year must be a Buddhist Era year such as 2568";
    public const string UnsupportedCellType =
        "ชนิดข้อมูลของเซลล์ไม่รองรับ (ค่าตรรกะหรือวันที่) / The cell type is not supported (boolean or date)";
    public const string BadSharedString =
        "เซลล์อ้างถึงข้อความที่ไม่มีในไฟล์ / The cell refers to a shared string the file does not hold";
    public const string BadCsvQuotes = "เครื่องหมายคำพูดในแถวไม่ถูกต้อง / The row has a misplaced quote character";
    public const string EntryNotObject = "รายการต้องเป็นออบเจกต์ JSON / The entry must be a JSON object";
    public const string ScoresNotObject = "scores ต้องเป็นออบเจกต์ / scores must be an object";
    public const string ListExpected = "ต้องเป็นรายการ (array) / Must be an array";
    public const string ElementNotObject = "แต่ละรายการต้องเป็นออบเจกต์ / Each element must be an object";
    public const string TextExpected = "ต้องเป็นข้อความ / Must be a string";
    public const string InvalidEscape =
        "ข้อความมีรหัสอักขระ (\\u…) ที่ไม่ถูกต้อง / The text holds an invalid character escape (\\u…)";
    public const string OrganisationNotObject = "organisation ต้องเป็นออบเจกต์ / organisation must be an object";
    public const string OrganisationCodesDiffer =
        "organisationCode ไม่ตรงกับ organisation.code / organisationCode differs from organisation.code";

    public const string EmptyFile = "ไฟล์ว่างเปล่า / The file is empty";
    public const string NoDataRows = "ไฟล์มีแต่หัวคอลัมน์ ไม่มีแถวข้อมูล / The file has a header but no data rows";
    public const string NoAssessments = "\"assessments\" ไม่มีรายการ / \"assessments\" has no entries";

    /// <param name="thaiWhere">Where the first invalid byte is, e.g. "ที่ไบต์ที่ 12", when known; with its English.</param>
    public static string NotUtf8(string? thaiWhere = null, string? englishWhere = null) =>
        $"ไฟล์ไม่ได้เข้ารหัสแบบ UTF-8 ({(thaiWhere is null ? "" : thaiWhere + " ")}อาจเป็น TIS-620 หรือ Windows-874) กรุณาบันทึกเป็น UTF-8 แล้วส่งใหม่ / "
        + $"The file is not UTF-8 ({(englishWhere is null ? "" : englishWhere + "; ")}perhaps TIS-620 or Windows-874): save it as UTF-8 and upload it again";

    public static string OutOfRange(decimal value) =>
        $"คะแนน {value} อยู่นอกช่วง 0–100 / The score {value} is outside 0–100";

    public static string UnknownItem(string column, int year)
    {
        var c = Shown(column);
        return $"ไม่รู้จักรหัสข้อ {c} ในปีงบประมาณ {year} / Unknown item code {c} for fiscal year {year}";
    }

    public static string UnknownIndicator(int number, int year) =>
        $"ไม่รู้จักตัวชี้วัดที่ {number} ในปีงบประมาณ {year} / Unknown indicator {number} for fiscal year {year}";

    public static string UnknownTool(string tool, int year)
    {
        var t = Shown(tool);
        return $"ไม่รู้จักเครื่องมือ \"{t}\" ในปีงบประมาณ {year} (IIT, EIT, OIT) / Unknown tool \"{t}\" for fiscal year {year} (IIT, EIT, OIT)";
    }

    /// <param name="known">The years that have a code book, named in the message.</param>
    public static string UnknownYear(int year, IEnumerable<int> known)
    {
        var years = string.Join(", ", known);
        // A Christian Era year is the likeliest mistake: say so rather than only "unknown".
        var ce = year is >= 1900 and < 2200;
        var thaiHint = ce ? $" ดูเหมือนเป็นปี ค.ศ. ให้ใช้ปี พ.ศ. ({year + 543})" : "";
        var englishHint = ce ? $"; it looks like a Christian Era year, use the Buddhist Era ({year + 543})" : "";
        return $"ไม่มีสมุดรหัส ITA ของปีงบประมาณ {year} (มี {years}){thaiHint} / No ITA code book for fiscal year {year} (available: {years}){englishHint}";
    }

    public static string GivenTwice(string what) => $"{what} ซ้ำในรายการเดียวกัน / {what} is given twice in the entry";

    public static string Ragged(int cells, int headers) =>
        $"แถวมี {cells} ช่อง แต่หัวตารางมี {headers} คอลัมน์ / The row has {cells} cells but the header has {headers} columns";

    public static string ValuesWithoutHeader(string firstColumn, int count) =>
        count == 1
            ? $"มีค่าในคอลัมน์ {firstColumn} ซึ่งไม่มีหัวคอลัมน์ / There is a value in column {firstColumn}, which has no header"
            : $"มีค่าใน {count} คอลัมน์ที่ไม่มีหัวคอลัมน์ เริ่มที่คอลัมน์ {firstColumn} / There are values in {count} columns without a header, from column {firstColumn}";

    public static string CellHoldsError(string value)
    {
        var v = Shown(value);
        return $"เซลล์มีค่าผิดพลาด {v} / The cell holds the error value {v}";
    }

    public static string UnknownColumn(string column)
    {
        var c = Shown(column);
        return $"ไม่รู้จักคอลัมน์ {c} / Unknown column {c}";
    }

    public static string HeaderRepeats(string name, string first)
    {
        var (n, f) = (Shown(name), Shown(first));
        return $"หัวคอลัมน์ {n} ซ้ำกับ {f} / The header {n} repeats {f}";
    }

    /// <summary>A name or value from the file as quoted in a message: shortened, for the message has a column of 1,000.</summary>
    public static string Shown(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 59), "…");

    public static string TooLong(string column, int max) =>
        $"{column} ยาวเกิน {max} ตัวอักษร / {column} is longer than {max} characters";

    public static string WrongJsonType(string thai, string english) =>
        $"ชนิดข้อมูลไม่ถูกต้อง ต้องเป็น{thai} / Wrong type: {english} expected";
}
