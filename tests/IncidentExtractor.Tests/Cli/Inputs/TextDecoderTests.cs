using System.Text;
using IncidentExtractor.Cli.Inputs;

namespace IncidentExtractor.Tests.Cli.Inputs;

public class TextDecoderTests
{
    [Theory]
    [InlineData(new byte[] { 0x41, 0xC3, 0xA9 }, "A\u00e9")] // plain UTF-8
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41 }, "A")] // UTF-8 with its byte-order mark
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0xE9, 0x00 }, "A\u00e9")] // UTF-16 LE
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x41, 0x00, 0xE9 }, "A\u00e9")] // UTF-16 BE
    [InlineData(new byte[] { 0x41, 0xE9, 0x80 }, "A\u00e9\u20ac")] // not UTF-8, so Windows-1252
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x42, 0x00, 0x43, 0x00, 0x44 }, "ABC\ufffd")] // odd UTF-16 length: replaced, not thrown
    public void Decodes_by_byte_order_mark_then_utf8_then_windows_1252(byte[] bytes, string expected)
    {
        Assert.Equal(expected, TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Nul_bytes_without_a_byte_order_mark_mean_binary()
    {
        Assert.Equal("binary file", TextDecoder.Decode([0x41, 0x00, 0x42]).Error);
    }

    [Fact]
    public void Mostly_control_characters_mean_binary()
    {
        var bytes = Enumerable.Range(0, 300).Select(i => (byte)(i % 3 == 0 ? 0x41 : 0x01)).ToArray();

        Assert.Equal("binary file", TextDecoder.Decode(bytes).Error);
    }

    [Fact]
    public void Utf16_text_holding_nul_characters_is_binary()
    {
        Assert.Equal("binary file", TextDecoder.Decode([0xFF, 0xFE, 0x00, 0x00, 0x00, 0x00, 0x41, 0x00]).Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t")]
    [InlineData("\uFEFF")]
    public void Empty_or_white_space_text_is_empty(string text)
    {
        Assert.Equal("empty", TextDecoder.Decode(Encoding.UTF8.GetBytes(text)).Error);
    }

    [Fact]
    public void Truncated_utf8_after_a_byte_order_mark_is_replaced_not_thrown()
    {
        Assert.Equal("ABCD\ufffd", TextDecoder.Decode([0xEF, 0xBB, 0xBF, 0x41, 0x42, 0x43, 0x44, 0xE2, 0x82]).Text);
    }

    [Fact]
    public void Lone_surrogates_in_text_that_arrived_as_a_string_are_replaced()
    {
        Assert.Equal("Quetta \ufffd blast \ufffd", TextDecoder.Check("Quetta \uD800 blast \uDC00").Text);
    }
}
