using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Jiceng.Core.Exchange.Lrmx;

/// <summary>
/// Writes an LRMX file as the editor does: UTF-8 without a byte-order mark, an XML declaration, root &lt;Person&gt;,
/// every text element present (empty when blank), the photo as base64, the family as &lt;Item&gt;s, then the unknown
/// elements kept at import, verbatim.
/// </summary>
public static class LrmxWriter
{
    public static byte[] Write(LrmxPerson person)
    {
        var root = new XElement(LrmxElements.Root);
        foreach (var (name, _) in LrmxElements.Text)
        {
            if (name == LrmxElements.Version)
            {
                root.Add(new XElement(LrmxElements.ZhaoPian, person.Photo is null ? "" : Convert.ToBase64String(person.Photo)));
            }

            root.Add(new XElement(name, person[name] ?? ""));
        }

        var family = new XElement(LrmxElements.Family);
        foreach (var m in person.Family)
        {
            var item = new XElement(LrmxElements.FamilyItem,
                new XElement("ChengWei", m.Relation ?? ""), new XElement("XingMing", m.Name ?? ""),
                new XElement("ChuShengRiQi", m.BirthDate ?? ""), new XElement("ZhengZhiMianMao", m.PoliticalStatus ?? ""),
                new XElement("GongZuoDanWei", m.WorkUnit ?? ""));
            foreach (var x in m.Extras)
            {
                item.Add(XElement.Parse(x));
            }

            family.Add(item);
        }

        root.Add(family);
        foreach (var x in person.Extras)
        {
            root.Add(XElement.Parse(x));
        }

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            NewLineChars = "\r\n",
        }))
        {
            new XDocument(new XDeclaration("1.0", "UTF-8", null), root).Save(writer);
        }

        return stream.ToArray();
    }
}
