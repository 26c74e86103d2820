"""Colour arithmetic for the brand palette: WCAG relative luminance and contrast ratio."""


def _channel(value):
    value /= 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(hex_colour):
    """WCAG 2.x relative luminance of a #rrggbb colour; ValueError when malformed."""
    text = hex_colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(hex_colour)
    red, green, blue = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(first, second):
    """(L1 + 0.05) / (L2 + 0.05), lighter over darker: 1.0 to 21.0."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)
