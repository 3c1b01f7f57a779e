using MudBlazor;

namespace Ita.Micro.Portal.Components.Layout;

/// <summary>The portal's colours: a dark blue with text contrast of at least 4.5:1 on white (WCAG AA).</summary>
public static class PortalTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1a3c6e",
            Secondary = "#8a4b00",
            Error = "#b00020",
            Success = "#1b5e20",
            Warning = "#7a4a00",
            Info = "#0d47a1",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Sarabun", "Loma", "Garuda", "Noto Sans Thai", "sans-serif"],
            },
        },
    };
}
