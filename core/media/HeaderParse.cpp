#include "media/HeaderParse.h"

#include "dicom/CharsetDecoder.h"
#include "media/RandomAccessBytes.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <cstring>

namespace scanshield::media {

namespace {

constexpr std::uint32_t kUndefinedLength = 0xFFFFFFFFu;
constexpr std::uint32_t kItem = 0xFFFEE000u;
constexpr std::uint32_t kItemDelimiter = 0xFFFEE00Du;
constexpr std::uint32_t kSequenceDelimiter = 0xFFFEE0DDu;
constexpr std::uint32_t kPixelData = 0x7FE00010u;
constexpr int kMaxNesting = 64;
constexpr std::uint32_t kMaxWantedValueLength = 64 * 1024;

constexpr std::uint32_t tagOf(std::uint16_t group, std::uint16_t element)
{
    return (std::uint32_t(group) << 16) | element;
}

std::uint16_t le16(const std::uint8_t* p) { return std::uint16_t(p[0] | (p[1] << 8)); }
std::uint32_t le32(const std::uint8_t* p)
{
    return std::uint32_t(p[0]) | (std::uint32_t(p[1]) << 8) | (std::uint32_t(p[2]) << 16) |
           (std::uint32_t(p[3]) << 24);
}

// Value representations whose explicit-VR header has two reserved bytes and a 32-bit length.
bool hasLongLength(char a, char b)
{
    static const char* const kLong[] = {"OB", "OD", "OF", "OL", "OV", "OW", "SQ",
                                        "SV", "UC", "UN", "UR", "UT", "UV"};
    for (const char* vr : kLong)
        if (vr[0] == a && vr[1] == b)
            return true;
    return false;
}

bool looksLikeVr(const std::uint8_t* p)
{
    return p[0] >= 'A' && p[0] <= 'Z' && p[1] >= 'A' && p[1] <= 'Z';
}

// The attributes the index keeps, with how each value is turned into a field.
enum class Field {
    CharacterSet, SopClass, SopInstance, StudyDate, StudyTime, Accession, Modality,
    StudyDescription, SeriesDescription, PatientName, PatientId, BirthDate, Sex,
    StudyUid, SeriesUid, SeriesNumber, InstanceNumber, ImagePosition, ImageOrientation,
    Frames, Rows, Columns, MetaSopClass, MetaTransferSyntax, None
};

Field fieldFor(std::uint32_t tag)
{
    switch (tag) {
    case tagOf(0x0002, 0x0002): return Field::MetaSopClass;
    case tagOf(0x0002, 0x0010): return Field::MetaTransferSyntax;
    case tagOf(0x0008, 0x0005): return Field::CharacterSet;
    case tagOf(0x0008, 0x0016): return Field::SopClass;
    case tagOf(0x0008, 0x0018): return Field::SopInstance;
    case tagOf(0x0008, 0x0020): return Field::StudyDate;
    case tagOf(0x0008, 0x0030): return Field::StudyTime;
    case tagOf(0x0008, 0x0050): return Field::Accession;
    case tagOf(0x0008, 0x0060): return Field::Modality;
    case tagOf(0x0008, 0x1030): return Field::StudyDescription;
    case tagOf(0x0008, 0x103E): return Field::SeriesDescription;
    case tagOf(0x0010, 0x0010): return Field::PatientName;
    case tagOf(0x0010, 0x0020): return Field::PatientId;
    case tagOf(0x0010, 0x0030): return Field::BirthDate;
    case tagOf(0x0010, 0x0040): return Field::Sex;
    case tagOf(0x0020, 0x000D): return Field::StudyUid;
    case tagOf(0x0020, 0x000E): return Field::SeriesUid;
    case tagOf(0x0020, 0x0011): return Field::SeriesNumber;
    case tagOf(0x0020, 0x0013): return Field::InstanceNumber;
    case tagOf(0x0020, 0x0032): return Field::ImagePosition;
    case tagOf(0x0020, 0x0037): return Field::ImageOrientation;
    case tagOf(0x0028, 0x0008): return Field::Frames;
    case tagOf(0x0028, 0x0010): return Field::Rows;
    case tagOf(0x0028, 0x0011): return Field::Columns;
    default: return Field::None;
    }
}

// Raw values collected during the walk; text is decoded once the character set is known.
struct RawFields {
    QByteArray values[int(Field::None)];
    bool seen[int(Field::None)] = {};
    bool textual[int(Field::None)] = {}; // explicit VR said text (IS, DS...) where binary was expected
};

class Walker {
public:
    explicit Walker(RandomAccessBytes& bytes) : m_bytes(bytes) {}

    HeaderResult run();

private:
    struct Element {
        std::uint32_t tag = 0;
        char vr[2] = {0, 0};
        std::uint32_t length = 0;
        qint64 valueOffset = 0;
    };
    enum class Step { Ok, End, Fail };

    Step readElement(qint64 pos, bool explicitVr, Element& out);
    bool skipUndefinedSequence(qint64& pos, bool explicitVr, int depth);
    bool skipItemContent(qint64& pos, bool explicitVr, int depth);
    bool readMetaGroup(qint64& pos);
    bool detectDatasetEncoding(qint64 pos, bool& explicitVr);
    void keepValue(Field field, const Element& element);
    HeaderResult fail(HeaderOutcome outcome, const QString& detail);
    HeaderResult finish();

    RandomAccessBytes& m_bytes;
    RawFields m_raw;
    QString m_failDetail;
    HeaderOutcome m_failOutcome = HeaderOutcome::Damaged;
    bool m_hasPixelData = false;
};

HeaderResult Walker::fail(HeaderOutcome outcome, const QString& detail)
{
    HeaderResult result;
    result.outcome = m_bytes.readFailed() ? HeaderOutcome::Unreadable : outcome;
    result.detail = detail;
    return result;
}

// Reads one element header at pos. End means pos is exactly the end of the file.
Walker::Step Walker::readElement(qint64 pos, bool explicitVr, Element& out)
{
    if (pos == m_bytes.size())
        return Step::End;
    const std::uint8_t* p = m_bytes.at(pos, 8);
    if (!p) {
        m_failOutcome = HeaderOutcome::CutShort;
        m_failDetail = QStringLiteral("the file ends inside an element header at byte %1").arg(pos);
        return Step::Fail;
    }
    out.tag = tagOf(le16(p), le16(p + 2));
    const bool isDelimiter = (out.tag >> 16) == 0xFFFE;
    if (!explicitVr || isDelimiter) {
        // Implicit VR, and item / delimiter tags, which never carry a VR.
        out.vr[0] = out.vr[1] = 0;
        out.length = le32(p + 4);
        out.valueOffset = pos + 8;
        return Step::Ok;
    }
    if (!looksLikeVr(p + 4)) {
        m_failOutcome = HeaderOutcome::Unsupported;
        m_failDetail = QStringLiteral("element (%1,%2) has no valid VR in an explicit VR file")
                           .arg(out.tag >> 16, 4, 16, QLatin1Char('0'))
                           .arg(out.tag & 0xFFFF, 4, 16, QLatin1Char('0'));
        return Step::Fail;
    }
    out.vr[0] = char(p[4]);
    out.vr[1] = char(p[5]);
    if (hasLongLength(out.vr[0], out.vr[1])) {
        const std::uint8_t* q = m_bytes.at(pos + 8, 4);
        if (!q) {
            m_failOutcome = HeaderOutcome::CutShort;
            m_failDetail = QStringLiteral("the file ends inside an element header at byte %1").arg(pos);
            return Step::Fail;
        }
        out.length = le32(q);
        out.valueOffset = pos + 12;
    } else {
        out.length = le16(p + 6);
        out.valueOffset = pos + 8;
    }
    return Step::Ok;
}

// pos points just after a sequence header with undefined length; on success pos is just
// after its sequence delimiter. Items may have defined or undefined length.
bool Walker::skipUndefinedSequence(qint64& pos, bool explicitVr, int depth)
{
    if (depth > kMaxNesting) {
        m_failOutcome = HeaderOutcome::Damaged;
        m_failDetail = QStringLiteral("sequences nested deeper than %1 levels").arg(kMaxNesting);
        return false;
    }
    for (;;) {
        Element item;
        const Step step = readElement(pos, explicitVr, item);
        if (step == Step::End) {
            m_failOutcome = HeaderOutcome::CutShort;
            m_failDetail = QStringLiteral("the file ends inside a sequence");
            return false;
        }
        if (step == Step::Fail)
            return false;
        if (item.tag == kSequenceDelimiter) {
            pos = item.valueOffset;
            return true;
        }
        if (item.tag != kItem) {
            m_failOutcome = HeaderOutcome::Damaged;
            m_failDetail = QStringLiteral("a sequence holds something that is not an item at byte %1").arg(pos);
            return false;
        }
        if (item.length == kUndefinedLength) {
            pos = item.valueOffset;
            if (!skipItemContent(pos, explicitVr, depth + 1))
                return false;
        } else {
            pos = item.valueOffset + item.length;
            if (pos > m_bytes.size()) {
                m_failOutcome = HeaderOutcome::CutShort;
                m_failDetail = QStringLiteral("an item runs past the end of the file");
                return false;
            }
        }
    }
}

// pos points at the first element of an item with undefined length; on success pos is just
// after its item delimiter.
bool Walker::skipItemContent(qint64& pos, bool explicitVr, int depth)
{
    for (;;) {
        Element element;
        const Step step = readElement(pos, explicitVr, element);
        if (step == Step::End) {
            m_failOutcome = HeaderOutcome::CutShort;
            m_failDetail = QStringLiteral("the file ends inside a sequence item");
            return false;
        }
        if (step == Step::Fail)
            return false;
        if (element.tag == kItemDelimiter) {
            pos = element.valueOffset;
            return true;
        }
        if (element.length == kUndefinedLength) {
            // A nested sequence, or encapsulated pixel data of an icon: both are item lists.
            // Undefined-length UN holds implicit VR little endian (PS3.5 6.2.2).
            const bool nestedExplicit = explicitVr && !(element.vr[0] == 'U' && element.vr[1] == 'N');
            pos = element.valueOffset;
            if (!skipUndefinedSequence(pos, nestedExplicit, depth + 1))
                return false;
            continue;
        }
        pos = element.valueOffset + element.length;
        if (pos > m_bytes.size()) {
            m_failOutcome = HeaderOutcome::CutShort;
            m_failDetail = QStringLiteral("an element inside a sequence runs past the end of the file");
            return false;
        }
    }
}

void Walker::keepValue(Field field, const Element& element)
{
    if (field == Field::None || element.length == kUndefinedLength ||
        element.length > kMaxWantedValueLength)
        return;
    const std::uint8_t* p = m_bytes.at(element.valueOffset, element.length);
    if (!p)
        return;
    const int index = int(field);
    m_raw.values[index] = QByteArray(reinterpret_cast<const char*>(p), int(element.length));
    m_raw.seen[index] = true;
    const bool binaryVr = element.vr[0] == 0 || // implicit VR: the dictionary says US
                          (element.vr[0] == 'U' && (element.vr[1] == 'S' || element.vr[1] == 'N')) ||
                          (element.vr[0] == 'S' && element.vr[1] == 'S') || element.vr[0] == 'O';
    m_raw.textual[index] = !binaryVr;
}

// The File Meta Information group is always explicit VR little endian.
bool Walker::readMetaGroup(qint64& pos)
{
    for (;;) {
        const std::uint8_t* p = m_bytes.at(pos, 4);
        if (!p || le16(p) != 0x0002)
            return true; // end of the meta group (or of the file, caught later)
        Element element;
        const Step step = readElement(pos, true, element);
        if (step == Step::Fail)
            return false;
        if (step == Step::End || element.length == kUndefinedLength)
            return false;
        keepValue(fieldFor(element.tag), element);
        pos = element.valueOffset + element.length;
        if (pos > m_bytes.size()) {
            m_failOutcome = HeaderOutcome::CutShort;
            m_failDetail = QStringLiteral("the file ends inside its meta header");
            return false;
        }
    }
}

// Without a usable transfer syntax, guess from the first element: a VR right after the tag
// means explicit VR. Big endian files start with a byte-swapped group (0x0800).
bool Walker::detectDatasetEncoding(qint64 pos, bool& explicitVr)
{
    const std::uint8_t* p = m_bytes.at(pos, 8);
    if (!p)
        return false;
    explicitVr = looksLikeVr(p + 4);
    return true;
}

HeaderResult Walker::run()
{
    if (!m_bytes.isOpen())
        return fail(HeaderOutcome::Unreadable, QString::fromLocal8Bit(std::strerror(m_bytes.openErrno())));
    if (m_bytes.size() == 0)
        return fail(HeaderOutcome::NotDicom, QStringLiteral("empty file"));

    qint64 pos = 0;
    bool explicitVr = true;
    const std::uint8_t* magic = m_bytes.at(128, 4);
    if (magic && std::memcmp(magic, "DICM", 4) == 0) {
        pos = 132;
        if (!readMetaGroup(pos))
            return fail(m_failOutcome, m_failDetail.isEmpty() ? QStringLiteral("damaged meta header") : m_failDetail);
    } else {
        // No preamble: accept only a dataset that starts with a plausible group, as DCMTK does.
        const std::uint8_t* p = m_bytes.at(0, 8);
        if (!p)
            return fail(HeaderOutcome::NotDicom, QStringLiteral("too small to be DICOM"));
        const std::uint16_t group = le16(p);
        const std::uint16_t swappedGroup = std::uint16_t((p[0] << 8) | p[1]);
        if (swappedGroup == 0x0008 || swappedGroup == 0x0002)
            return fail(HeaderOutcome::Unsupported, QStringLiteral("big endian without meta header"));
        if (group != 0x0002 && group != 0x0008)
            return fail(HeaderOutcome::NotDicom, QStringLiteral("no DICOM signature"));
        if (group == 0x0002 && !readMetaGroup(pos))
            return fail(m_failOutcome, m_failDetail);
    }

    const QByteArray transferSyntax =
        m_raw.values[int(Field::MetaTransferSyntax)].trimmed().replace('\0', "");
    if (transferSyntax == "1.2.840.10008.1.2.2" || transferSyntax == "1.2.840.10008.1.2.1.99")
        return fail(HeaderOutcome::Unsupported, QStringLiteral("big endian or deflated dataset"));
    if (transferSyntax == "1.2.840.10008.1.2")
        explicitVr = false;
    else if (transferSyntax.isEmpty() && !detectDatasetEncoding(pos, explicitVr))
        return fail(HeaderOutcome::CutShort, QStringLiteral("no dataset after the meta header"));
    else if (!transferSyntax.isEmpty()) {
        // Some writers declare explicit VR and write implicit; DCMTK copes, so defer to it.
        const std::uint8_t* p = m_bytes.at(pos, 8);
        if (p && !looksLikeVr(p + 4))
            return fail(HeaderOutcome::Unsupported, QStringLiteral("dataset encoding differs from its transfer syntax"));
    }

    for (;;) {
        Element element;
        const Step step = readElement(pos, explicitVr, element);
        if (step == Step::End)
            break;
        if (step == Step::Fail)
            return fail(m_failOutcome, m_failDetail);
        if ((element.tag >> 16) == 0xFFFE)
            return fail(HeaderOutcome::Damaged, QStringLiteral("an item tag outside any sequence at byte %1").arg(pos));
        if (element.tag >= kPixelData) {
            if (element.tag == kPixelData) {
                m_hasPixelData = true;
                if (element.length != kUndefinedLength &&
                    element.valueOffset + qint64(element.length) > m_bytes.size())
                    return fail(HeaderOutcome::CutShort, QStringLiteral("the pixel data is cut short"));
            }
            break;
        }
        if (element.length == kUndefinedLength) {
            const bool isSequence = !explicitVr || (element.vr[0] == 'S' && element.vr[1] == 'Q') ||
                                    (element.vr[0] == 'U' && element.vr[1] == 'N');
            if (!isSequence)
                return fail(HeaderOutcome::Damaged, QStringLiteral("undefined length on a non-sequence element"));
            const bool nestedExplicit = explicitVr && !(element.vr[0] == 'U' && element.vr[1] == 'N');
            pos = element.valueOffset;
            if (!skipUndefinedSequence(pos, nestedExplicit, 1))
                return fail(m_failOutcome, m_failDetail);
            continue;
        }
        keepValue(fieldFor(element.tag), element);
        pos = element.valueOffset + element.length;
        if (pos > m_bytes.size())
            return fail(HeaderOutcome::CutShort,
                        QStringLiteral("element (%1,%2) runs past the end of the file")
                            .arg(element.tag >> 16, 4, 16, QLatin1Char('0'))
                            .arg(element.tag & 0xFFFF, 4, 16, QLatin1Char('0')));
    }
    return finish();
}

QString trimmedAscii(const QByteArray& raw)
{
    QByteArray copy = raw;
    while (!copy.isEmpty() && (copy.back() == ' ' || copy.back() == '\0'))
        copy.chop(1);
    return QString::fromLatin1(copy.trimmed());
}

int parseInteger(const QByteArray& raw, int fallback)
{
    bool ok = false;
    const int value = trimmedAscii(raw).section(QLatin1Char('\\'), 0, 0).toInt(&ok);
    return ok ? value : fallback;
}

template <std::size_t N>
std::optional<std::array<double, N>> parseDecimals(const QByteArray& raw)
{
    const QStringList parts = trimmedAscii(raw).split(QLatin1Char('\\'));
    if (parts.size() != int(N))
        return std::nullopt;
    std::array<double, N> values{};
    for (std::size_t i = 0; i < N; ++i) {
        bool ok = false;
        values[i] = parts[int(i)].trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    return values;
}

HeaderResult Walker::finish()
{
    const auto raw = [this](Field f) -> const QByteArray& { return m_raw.values[int(f)]; };
    const QByteArray charset = raw(Field::CharacterSet);
    const auto text = [&](Field f) { return dicom::decodeDicomText(raw(f), charset, false); };

    HeaderResult result;
    result.outcome = HeaderOutcome::Ok;
    InstanceHeader& h = result.header;
    h.specificCharacterSet = trimmedAscii(charset);
    h.patientName = dicom::decodeDicomText(raw(Field::PatientName), charset, true);
    h.patientId = text(Field::PatientId);
    h.patientBirthDate = trimmedAscii(raw(Field::BirthDate));
    h.patientSex = trimmedAscii(raw(Field::Sex));
    h.studyInstanceUid = trimmedAscii(raw(Field::StudyUid));
    h.studyDate = trimmedAscii(raw(Field::StudyDate));
    h.studyTime = trimmedAscii(raw(Field::StudyTime));
    h.studyDescription = text(Field::StudyDescription);
    h.accessionNumber = text(Field::Accession);
    h.seriesInstanceUid = trimmedAscii(raw(Field::SeriesUid));
    h.modality = trimmedAscii(raw(Field::Modality));
    h.seriesDescription = text(Field::SeriesDescription);
    h.seriesNumber = parseInteger(raw(Field::SeriesNumber), -1);
    h.sopClassUid = trimmedAscii(raw(Field::SopClass));
    if (h.sopClassUid.isEmpty())
        h.sopClassUid = trimmedAscii(raw(Field::MetaSopClass));
    h.sopInstanceUid = trimmedAscii(raw(Field::SopInstance));
    h.instanceNumber = parseInteger(raw(Field::InstanceNumber), -1);
    h.transferSyntaxUid = trimmedAscii(raw(Field::MetaTransferSyntax));
    const auto binaryOrText = [&](Field f) {
        const QByteArray& v = raw(f);
        if (!m_raw.textual[int(f)] && v.size() == 2)
            return int(le16(reinterpret_cast<const std::uint8_t*>(v.constData())));
        return parseInteger(v, 0);
    };
    h.rows = binaryOrText(Field::Rows);
    h.columns = binaryOrText(Field::Columns);
    h.numberOfFrames = std::max(1, parseInteger(raw(Field::Frames), 1));
    h.hasPixelData = m_hasPixelData;
    h.imagePositionPatient = parseDecimals<3>(raw(Field::ImagePosition));
    h.imageOrientationPatient = parseDecimals<6>(raw(Field::ImageOrientation));

    // A dataset in which nothing the index needs was found is not a usable DICOM object.
    bool anyIdentity = false;
    for (Field f : {Field::SopClass, Field::SopInstance, Field::StudyUid, Field::SeriesUid,
                    Field::PatientName, Field::PatientId, Field::Modality, Field::MetaSopClass})
        anyIdentity = anyIdentity || m_raw.seen[int(f)];
    if (!anyIdentity) {
        result.outcome = HeaderOutcome::NotDicom;
        result.detail = QStringLiteral("no DICOM identification attributes found");
    }
    return result;
}

} // namespace

HeaderResult parseHeaderFast(RandomAccessBytes& bytes)
{
    return Walker(bytes).run();
}

} // namespace scanshield::media
