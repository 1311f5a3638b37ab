using QRCoder;

namespace Jiceng.Web.Auth;

/// <summary>The enrolment QR code, drawn by the app itself (no outside service sees the key) as a PNG data URI.</summary>
public static class AuthenticatorQr
{
    public static string DataUri(string otpAuthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpAuthUri, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        return "data:image/png;base64," + Convert.ToBase64String(png.GetGraphic(6));
    }

    /// <summary>The otpauth:// URI authenticator apps accept (RFC 6238: SHA-1, 6 digits, 30 seconds).</summary>
    public static string OtpAuthUri(string issuer, string userName, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(userName)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";
}
