using System.Security.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace Jiceng.Data.Security;

/// <summary>SM4-GCM (GB/T 32907, 96-bit nonce, 128-bit tag) and HMAC-SM3 (GB/T 32905) on BouncyCastle.</summary>
internal static class Sm4Gcm
{
    public const int KeySize = 16;
    public const int NonceSize = 12;
    public const int TagBits = 128;

    /// <summary>nonce | ciphertext | tag.</summary>
    public static byte[] Seal(KeyParameter key, byte[] plaintext, byte[] associatedData)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var cipher = new GcmBlockCipher(new SM4Engine());
        cipher.Init(true, new AeadParameters(key, TagBits, nonce, associatedData));
        var output = new byte[NonceSize + cipher.GetOutputSize(plaintext.Length)];
        nonce.CopyTo(output, 0);
        var n = cipher.ProcessBytes(plaintext, 0, plaintext.Length, output, NonceSize);
        cipher.DoFinal(output, NonceSize + n);
        return output;
    }

    /// <summary>Opens <see cref="Seal"/>'s output; throws <see cref="InvalidCipherTextException"/> on a wrong key or altered data.</summary>
    public static byte[] Open(KeyParameter key, byte[] sealedData, byte[] associatedData)
    {
        if (sealedData.Length < NonceSize + (TagBits / 8))
        {
            throw new InvalidCipherTextException("ciphertext too short");
        }

        var cipher = new GcmBlockCipher(new SM4Engine());
        cipher.Init(false, new AeadParameters(key, TagBits, sealedData[..NonceSize], associatedData));
        var output = new byte[cipher.GetOutputSize(sealedData.Length - NonceSize)];
        var n = cipher.ProcessBytes(sealedData, NonceSize, sealedData.Length - NonceSize, output, 0);
        n += cipher.DoFinal(output, n);
        return output[..n];
    }

    public static byte[] HmacSm3(KeyParameter key, byte[] data)
    {
        var mac = new HMac(new SM3Digest());
        mac.Init(key);
        mac.BlockUpdate(data, 0, data.Length);
        var output = new byte[mac.GetMacSize()];
        mac.DoFinal(output, 0);
        return output;
    }
}
