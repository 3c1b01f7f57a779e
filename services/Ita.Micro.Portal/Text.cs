namespace Ita.Micro.Portal;

/// <summary>The portal's words: Resources/Text.resx (Thai, the default) and Resources/Text.en.resx (English).</summary>
public sealed class Text;
