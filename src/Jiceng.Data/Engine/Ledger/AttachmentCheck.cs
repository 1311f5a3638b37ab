using Jiceng.Core.Common;

namespace Jiceng.Data.Engine.Ledger;

/// <summary>A file that passed <see cref="AttachmentCheck"/>: its cleaned name, its lower-case content type, its bytes.</summary>
internal sealed record CheckedFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Checks uploaded files (an explanation's attachments, a case step's documents): at most a given number (for an
/// explanation <see cref="FindingAttachment.MaxPerExplanation"/>), each non-empty, at most
/// <see cref="FindingAttachment.MaxBytes"/>, of an allowed content type that its first bytes confirm.
/// </summary>
internal static class AttachmentCheck
{
    private static readonly Dictionary<string, byte[]> Signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = "%PDF-"u8.ToArray(),
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = [0x50, 0x4B, 0x03, 0x04],
    };

    public static List<FindingAttachment> Check(IReadOnlyList<AttachmentInput> inputs, List<FieldError> errors) =>
        [.. Files(inputs, FindingAttachment.MaxPerExplanation, errors)
            .Select(f => new FindingAttachment { FileName = f.FileName, ContentType = f.ContentType, Size = f.Content.Length, Content = f.Content })];

    public static List<CheckedFile> Files(IReadOnlyList<AttachmentInput> inputs, int maxCount, List<FieldError> errors)
    {
        if (inputs.Count > maxCount)
        {
            errors.Add(new FieldError("attachments", $"附件：最多 {maxCount} 个"));
            return [];
        }

        var files = new List<CheckedFile>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var a = inputs[i];
            var field = $"attachments[{i}]";
            var name = Path.GetFileName((a.FileName ?? "").Replace('\\', '/')).Trim();
            var label = name.Length > 0 ? $"附件“{name}”" : $"第 {i + 1} 个附件";
            if (name.Length == 0 || name.Length > FindingAttachment.FileNameMaxLength || name.Any(char.IsControl))
            {
                errors.Add(new FieldError(field + ".fileName", $"{label}：文件名必填，不超过 {FindingAttachment.FileNameMaxLength} 个字符"));
                continue;
            }

            if (a.Content is not { Length: > 0 } content)
            {
                errors.Add(new FieldError(field + ".content", $"{label}：内容为空"));
                continue;
            }

            if (content.Length > FindingAttachment.MaxBytes)
            {
                errors.Add(new FieldError(field + ".content", $"{label}：不能超过 {FindingAttachment.MaxBytes / 1024 / 1024} MB"));
                continue;
            }

            if (a.ContentType is not { } type || !Signatures.TryGetValue(type.Trim(), out var signature))
            {
                errors.Add(new FieldError(field + ".contentType", $"{label}：只接受 PDF、PNG、JPEG 图片或 Word（.docx）文件"));
                continue;
            }

            if (!content.AsSpan().StartsWith(signature))
            {
                errors.Add(new FieldError(field + ".content", $"{label}：内容与声明的类型（{type}）不符"));
                continue;
            }

            files.Add(new CheckedFile(name, type.Trim().ToLowerInvariant(), content));
        }

        return files;
    }
}
