#include "exposure/DatasetWalk.h"

#include "dicom/CharsetDecoder.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcvr.h>

namespace scanshield::exposure {

namespace {

constexpr int kMaxDepth = 32;
constexpr Uint32 kMaxTextBytes = 1024 * 1024; // a longer "text" is not text a person wrote

bool isTextVr(DcmEVR vr)
{
    switch (vr) {
    case EVR_AE: case EVR_AS: case EVR_CS: case EVR_DA: case EVR_DS: case EVR_DT: case EVR_IS:
    case EVR_LO: case EVR_LT: case EVR_PN: case EVR_SH: case EVR_ST: case EVR_TM: case EVR_UC:
    case EVR_UI: case EVR_UR: case EVR_UT:
        return true;
    default:
        return false;
    }
}

bool isNumberVr(DcmEVR vr)
{
    switch (vr) {
    case EVR_US: case EVR_SS: case EVR_UL: case EVR_SL: case EVR_FL: case EVR_FD: case EVR_AT:
    case EVR_SV: case EVR_UV:
        return true;
    default:
        return false;
    }
}

// Unknown-VR values (often private text in implicit VR files) shown as text when they are.
bool looksLikeText(const Uint8* bytes, Uint32 length)
{
    if (length == 0)
        return false;
    for (Uint32 i = 0; i < length; ++i) {
        const Uint8 c = bytes[i];
        if (c == 0 && i + 1 == length)
            continue; // trailing NUL padding
        if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != 0x1B)
            return false;
    }
    return true;
}

// DCMTK names tags by keyword ("OtherPatientIDsSequence"); people read "Other Patient IDs
// Sequence". A word starts at a capital after a small letter or digit ("Patient|ID"), or at a
// capital followed by small letters after another capital ("SOP|Instance"), except for a
// plural "s" ("IDs").
QString spacedKeyword(const char* keyword)
{
    const QString word = QString::fromLatin1(keyword);
    const auto at = [&](qsizetype i) { return i >= 0 && i < word.size() ? word[i] : QChar(); };
    QString spaced;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        if (i > 0 && c.isUpper()) {
            const bool afterSmall = at(i - 1).isLower() || at(i - 1).isDigit();
            const bool pluralOfAcronym = at(i + 1) == QLatin1Char('s') && !at(i + 2).isLower();
            const bool startsCapitalizedWord = at(i - 1).isUpper() && at(i + 1).isLower() && !pluralOfAcronym;
            if (afterSmall || startsCapitalizedWord)
                spaced += QLatin1Char(' ');
        }
        spaced += c;
    }
    return spaced;
}

QString privateCreatorOf(DcmItem& item, const DcmTagKey& tag)
{
    if (tag.getElement() < 0x1000)
        return {};
    OFString creator;
    const DcmTagKey creatorTag(tag.getGroup(), Uint16(tag.getElement() >> 8));
    if (item.findAndGetOFString(creatorTag, creator).good())
        return QString::fromLatin1(creator.c_str()).trimmed();
    return {};
}

class Walker {
public:
    explicit Walker(const ElementVisitor& visit) : m_visit(visit) {}

    void walkItem(DcmItem& item, const QByteArray& inheritedCharset, QStringList& path, int depth)
    {
        if (depth > kMaxDepth)
            return;
        QByteArray charset = inheritedCharset;
        OFString declared;
        if (item.findAndGetOFStringArray(DCM_SpecificCharacterSet, declared).good())
            charset = QByteArray(declared.c_str());
        for (unsigned long i = 0; i < item.card(); ++i) {
            DcmElement* element = item.getElement(i);
            if (element)
                visitElement(item, *element, charset, path, depth);
        }
    }

private:
    void visitElement(DcmItem& item, DcmElement& element, const QByteArray& charset, QStringList& path, int depth)
    {
        DcmTag tag = element.getTag(); // a copy: getTagName() is not const
        if (tag == DCM_PixelData)
            return; // never read the picture
        VisitedElement visited;
        visited.tag = (quint32(tag.getGroup()) << 16) | tag.getElement();
        const DcmEVR vr = element.ident();
        visited.vr = QString::fromLatin1(DcmVR(vr).getVRName());
        visited.length = element.getLength();
        visited.path = path;
        const bool isPrivate = tag.getGroup() % 2 == 1;
        visited.isPrivateCreator = isPrivate && tag.getElement() >= 0x0010 && tag.getElement() <= 0x00FF;
        if (isPrivate && !visited.isPrivateCreator)
            visited.privateCreator = privateCreatorOf(item, tag);
        const char* dictionaryName = tag.getTagName();
        visited.name = dictionaryName && std::string_view(dictionaryName) != "Unknown Tag & Data"
                           ? spacedKeyword(dictionaryName)
                           : QString();

        if (vr == EVR_SQ) {
            visited.isSequence = true;
            m_visit(visited);
            auto& sequence = static_cast<DcmSequenceOfItems&>(element);
            path.append(visited.name.isEmpty() ? QStringLiteral("(%1,%2)").arg(tag.getGroup(), 4, 16, QLatin1Char('0')).arg(tag.getElement(), 4, 16, QLatin1Char('0')) : visited.name);
            for (unsigned long i = 0; i < sequence.card(); ++i)
                if (DcmItem* nested = sequence.getItem(i))
                    walkItem(*nested, charset, path, depth + 1);
            path.removeLast();
            return;
        }
        readValue(element, vr, charset, visited);
        m_visit(visited);
    }

    static void readValue(DcmElement& element, DcmEVR vr, const QByteArray& charset, VisitedElement& visited)
    {
        if (element.getLength() == 0)
            return;
        if (isTextVr(vr) && element.getLength() <= kMaxTextBytes) {
            char* raw = nullptr;
            if (element.getString(raw).good() && raw) {
                visited.isText = true;
                visited.value = dicom::decodeDicomText(QByteArrayView(raw, qsizetype(element.getLength())), charset, vr == EVR_PN);
            }
            return;
        }
        if (isNumberVr(vr)) {
            OFString numbers;
            if (element.getOFStringArray(numbers).good()) {
                visited.isText = true;
                visited.value = QString::fromLatin1(numbers.c_str());
            }
            return;
        }
        if ((vr == EVR_UN || vr == EVR_OB) && element.getLength() <= kMaxTextBytes) {
            Uint8* bytes = nullptr;
            if (element.getUint8Array(bytes).good() && bytes && looksLikeText(bytes, element.getLength())) {
                visited.isText = true;
                visited.value = dicom::decodeDicomText(QByteArrayView(reinterpret_cast<const char*>(bytes), qsizetype(element.getLength())), charset, false);
            }
        }
    }

    const ElementVisitor& m_visit;
};

} // namespace

void walkDataset(DcmItem& dataset, const ElementVisitor& visit)
{
    Walker walker(visit);
    QStringList path;
    walker.walkItem(dataset, QByteArray(), path, 0);
}

} // namespace scanshield::exposure
