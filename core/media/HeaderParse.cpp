#include "media/HeaderParse.h"

#include "dicom/CharsetDecoder.h"
#include "dicom/TagDictionary.h"
#include "media/ElementSink.h"
#include "media/RandomAccessBytes.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace scanshield::media {

namespace {

constexpr std::uint32_t kUndefinedLength = 0xFFFFFFFFu;
constexpr std::uint32_t kItem = 0xFFFEE000u;
constexpr std::uint32_t kItemDelimiter = 0xFFFEE00Du;
constexpr std::uint32_t kSequenceDelimiter = 0xFFFEE0DDu;
constexpr std::uint32_t kPixelData = 0x7FE00010u;
constexpr std::uint32_t kDirectoryRecordSequence = 0x00041220u;
constexpr std::uint32_t kReferencedFileId = 0x00041500u;
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

// Value representations whose explicit-VR header has two reserved bytes and a 32-bit length:
// OB OD OF OL OV OW SQ SV UC UN UR UT UV.
bool hasLongLength(char a, char b)
{
    switch (a) {
    case 'O': return b == 'B' || b == 'D' || b == 'F' || b == 'L' || b == 'V' || b == 'W';
    case 'S': return b == 'Q' || b == 'V';
    case 'U': return b == 'C' || b == 'N' || b == 'R' || b == 'T' || b == 'V';
    default: return false;
    }
}

bool looksLikeVr(const std::uint8_t* p)
{
    return p[0] >= 'A' && p[0] <= 'Z' && p[1] >= 'A' && p[1] <= 'Z';
}

bool isVr(const char vr[2], char a, char b)
{
    return vr[0] == a && vr[1] == b;
}

// The attributes the index keeps, with how each value is turned into a field.
enum class Field {
    CharacterSet, SopClass, SopInstance, StudyDate, StudyTime, Accession, Modality,
    StudyDescription, SeriesDescription, PatientName, PatientId, BirthDate, Sex,
    StudyUid, SeriesUid, SeriesNumber, InstanceNumber, ImagePosition, ImageOrientation,
    Frames, Rows, Columns, BurnedInAnnotation, MetaSopClass, MetaTransferSyntax, None
};

static_assert(int(Field::None) <= 32, "sharedLatin1 keeps one slot per field");

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
    case tagOf(0x0028, 0x0301): return Field::BurnedInAnnotation;
    default: return Field::None;
    }
}

// Leading and trailing spaces and NULs, which DICOM uses as padding, removed.
QByteArrayView trimmedValue(QByteArrayView value)
{
    while (!value.isEmpty() && (value.front() == ' ' || value.front() == '\0'))
        value = value.sliced(1);
    while (!value.isEmpty() && (value.back() == ' ' || value.back() == '\0'))
        value.chop(1);
    return value;
}

// The files of a series repeat the same patient, study and series values; the last value of
// each field is kept per thread and shared (Qt strings are implicitly shared) when it comes
// again, which saves an allocation per value and memory per image in a large index.
QString sharedLatin1(int slot, QByteArrayView value)
{
    thread_local QString lastValues[32];
    QString& last = lastValues[slot];
    if (last != QLatin1StringView(value))
        last = QString::fromLatin1(value);
    return last;
}

// The first value of an IS or similar: "12", "+12", " 12\\13". fallback when absent or not a
// number that fits an int (some writers put dates in InstanceNumber).
int parseInteger(QByteArrayView value, int fallback)
{
    QByteArrayView first = trimmedValue(value);
    if (const qsizetype backslash = first.indexOf('\\'); backslash >= 0)
        first = trimmedValue(first.first(backslash));
    if (first.startsWith('+'))
        first = first.sliced(1);
    int number = 0;
    const auto [end, error] = std::from_chars(first.data(), first.data() + first.size(), number);
    return error == std::errc() && end == first.data() + first.size() && !first.isEmpty() ? number : fallback;
}

// N decimal strings separated by backslashes (DS), parsed without locale or allocation.
template <std::size_t N>
std::optional<std::array<double, N>> parseDecimals(QByteArrayView value)
{
    std::array<double, N> numbers{};
    QByteArrayView rest = value;
    for (std::size_t i = 0; i < N; ++i) {
        const qsizetype backslash = rest.indexOf('\\');
        if ((backslash < 0) != (i == N - 1))
            return std::nullopt; // too few or too many values
        QByteArrayView part = trimmedValue(backslash < 0 ? rest : rest.first(backslash));
        if (part.startsWith('+'))
            part = part.sliced(1);
        const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), numbers[i]);
        if (error != std::errc() || end != part.data() + part.size() || part.isEmpty())
            return std::nullopt;
        if (backslash >= 0)
            rest = rest.sliced(backslash + 1);
    }
    return numbers;
}

class Walker {
public:
    explicit Walker(RandomAccessBytes& bytes) : m_bytes(bytes) {}
    // Also collect the ReferencedFileID of every DICOMDIR record into `files`.
    void collectReferencedFiles(QStringList* files) { m_referencedFiles = files; }
    // Also hand every element to `sink` (visiting mode).
    void visitElementsInto(ElementSink* sink) { m_sink = sink; }

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
    Step nextItem(qint64& pos, bool explicitVr, Element& item);
    bool skipUndefinedSequence(qint64& pos, bool explicitVr, int depth);
    bool skipItemContent(qint64& pos, bool explicitVr, int depth);
    bool readMetaGroup(qint64& pos);
    bool readDirectoryRecords(qint64& pos, const Element& sequence, bool explicitVr);
    bool readDirectoryRecord(qint64& pos, qint64 end, bool explicitVr);
    bool detectDatasetEncoding(qint64 pos, bool& explicitVr);
    void keepValue(Field field, const Element& element);
    // Visiting mode (a sink is set).
    bool isSequence(const Element& element, bool explicitVr) const;
    void deliver(const Element& element, bool explicitVr);
    bool visitSequence(qint64& pos, const Element& sequence, bool explicitVr, int depth);
    bool visitItem(qint64& pos, qint64 itemEnd, bool explicitVr, int depth);
    bool visitElement(qint64& pos, const Element& element, bool explicitVr, int depth);
    bool skipPixelData(qint64& pos, const Element& pixelData, int depth);
    bool visitAfterPixelData(qint64 pos, bool explicitVr);
    HeaderResult fail(HeaderOutcome outcome, const QString& detail);
    HeaderResult finish();

    RandomAccessBytes& m_bytes;
    InstanceHeader m_header;           // filled as the elements go by
    QByteArray m_characterSet;         // (0008,0005) comes before every text attribute
    QByteArray m_transferSyntax;
    QString m_metaSopClass;
    bool m_sawIdentity = false;        // any attribute that only a DICOM object has
    QStringList* m_referencedFiles = nullptr;
    ElementSink* m_sink = nullptr;
    bool m_elementsComplete = true;    // visiting mode: every element reached the sink
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

// The next item header of a sequence at pos. Ok: `item` is an item (pos unchanged). End: the
// sequence delimiter was read and pos is just after it. Fail: the file ends there, or
// something other than an item stands in the sequence (the failure is recorded).
Walker::Step Walker::nextItem(qint64& pos, bool explicitVr, Element& item)
{
    const Step step = readElement(pos, explicitVr, item);
    if (step == Step::End) {
        m_failOutcome = HeaderOutcome::CutShort;
        m_failDetail = QStringLiteral("the file ends inside a sequence");
        return Step::Fail;
    }
    if (step == Step::Fail)
        return Step::Fail;
    if (item.tag == kSequenceDelimiter) {
        pos = item.valueOffset;
        return Step::End;
    }
    if (item.tag != kItem) {
        m_failOutcome = HeaderOutcome::Damaged;
        m_failDetail = QStringLiteral("a sequence holds something that is not an item at byte %1").arg(pos);
        return Step::Fail;
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
        const Step step = nextItem(pos, explicitVr, item);
        if (step != Step::Ok)
            return step == Step::End;
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
    const QByteArrayView value(reinterpret_cast<const char*>(p), qsizetype(element.length));
    const auto asciiText = [&](QByteArrayView v) { return sharedLatin1(int(field), trimmedValue(v)); };
    const auto text = [&](bool personName) {
        const QByteArrayView trimmed = trimmedValue(value);
        const bool plain = std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c > 0 && c != 0x1b; });
        return plain ? sharedLatin1(int(field), trimmed) : dicom::decodeDicomText(value, m_characterSet, personName);
    };
    // US in implicit VR (no VR), US, SS or UN: two binary bytes; some writers use IS instead.
    const bool binary = element.vr[0] == 0 || (element.vr[0] == 'U' && (element.vr[1] == 'S' || element.vr[1] == 'N')) ||
                        (element.vr[0] == 'S' && element.vr[1] == 'S');
    const auto unsignedShort = [&] { return binary && value.size() == 2 ? int(le16(p)) : parseInteger(value, 0); };
    InstanceHeader& h = m_header;
    switch (field) {
    case Field::MetaSopClass: m_metaSopClass = asciiText(value); m_sawIdentity = true; break;
    case Field::MetaTransferSyntax: m_transferSyntax = trimmedValue(value).toByteArray(); break;
    case Field::CharacterSet: m_characterSet = value.toByteArray(); h.specificCharacterSet = asciiText(value); break;
    case Field::SopClass: h.sopClassUid = asciiText(value); m_sawIdentity = true; break;
    case Field::SopInstance: h.sopInstanceUid = asciiText(value); m_sawIdentity = true; break;
    case Field::StudyDate: h.studyDate = asciiText(value); break;
    case Field::StudyTime: h.studyTime = asciiText(value); break;
    case Field::Accession: h.accessionNumber = text(false); break;
    case Field::Modality: h.modality = asciiText(value); m_sawIdentity = true; break;
    case Field::StudyDescription: h.studyDescription = text(false); break;
    case Field::SeriesDescription: h.seriesDescription = text(false); break;
    case Field::PatientName: h.patientName = text(true); m_sawIdentity = true; break;
    case Field::PatientId: h.patientId = text(false); m_sawIdentity = true; break;
    case Field::BirthDate: h.patientBirthDate = asciiText(value); break;
    case Field::Sex: h.patientSex = asciiText(value); break;
    case Field::StudyUid: h.studyInstanceUid = asciiText(value); m_sawIdentity = true; break;
    case Field::SeriesUid: h.seriesInstanceUid = asciiText(value); m_sawIdentity = true; break;
    case Field::SeriesNumber: h.seriesNumber = parseInteger(value, -1); break;
    case Field::InstanceNumber: h.instanceNumber = parseInteger(value, -1); break;
    case Field::ImagePosition: h.imagePositionPatient = parseDecimals<3>(value); break;
    case Field::ImageOrientation: h.imageOrientationPatient = parseDecimals<6>(value); break;
    case Field::Frames: h.numberOfFrames = std::max(1, parseInteger(value, 1)); break;
    case Field::Rows: h.rows = unsignedShort(); break;
    case Field::Columns: h.columns = unsignedShort(); break;
    case Field::BurnedInAnnotation: h.burnedInAnnotation = asciiText(value); break;
    case Field::None: break;
    }
}

// Visiting mode --------------------------------------------------------------------------

bool Walker::isSequence(const Element& element, bool explicitVr) const
{
    if (explicitVr)
        return isVr(element.vr, 'S', 'Q') || (isVr(element.vr, 'U', 'N') && element.length == kUndefinedLength);
    return element.length == kUndefinedLength || dicom::dictionaryVr(element.tag) == std::array<char, 2>{'S', 'Q'};
}

void Walker::deliver(const Element& element, bool explicitVr)
{
    RawElement raw;
    raw.tag = element.tag;
    raw.length = element.length;
    if (explicitVr) {
        raw.vr[0] = element.vr[0];
        raw.vr[1] = element.vr[1];
    } else {
        const std::array<char, 2> vr = dicom::dictionaryVr(element.tag);
        raw.vr[0] = vr[0];
        raw.vr[1] = vr[1];
    }
    if (element.length > 0 && element.length <= kMaxVisitedValueBytes && valueMayBeText(raw.vr))
        raw.value = m_bytes.at(element.valueOffset, element.length);
    m_sink->element(raw);
}

// pos is at the sequence's value; on success it is just after the sequence. Items and
// sequences nested in them are visited at any depth, up to kMaxNesting.
bool Walker::visitSequence(qint64& pos, const Element& sequence, bool explicitVr, int depth)
{
    if (depth > kMaxNesting)
        return false;
    // Undefined-length UN holds implicit VR little endian (PS3.5 6.2.2).
    const bool nestedExplicit = explicitVr && !isVr(sequence.vr, 'U', 'N');
    const bool undefined = sequence.length == kUndefinedLength;
    const qint64 end = undefined ? -1 : sequence.valueOffset + qint64(sequence.length);
    if (!undefined && end > m_bytes.size())
        return false;
    pos = sequence.valueOffset;
    m_sink->enterSequence(sequence.tag);
    bool ok = true;
    while (ok && (undefined || pos < end)) {
        Element item;
        const Step step = nextItem(pos, nestedExplicit, item);
        if (step == Step::End) {
            ok = undefined; // a delimiter in a sequence of defined length is damage
            break;
        }
        if (step == Step::Fail) {
            ok = false;
            break;
        }
        pos = item.valueOffset;
        const qint64 itemEnd = item.length == kUndefinedLength ? -1 : item.valueOffset + qint64(item.length);
        m_sink->enterItem();
        ok = visitItem(pos, itemEnd, nestedExplicit, depth);
        m_sink->leaveItem();
    }
    m_sink->leaveSequence();
    return ok && (undefined || pos == end);
}

// The elements of one item; itemEnd is -1 for an item of undefined length.
bool Walker::visitItem(qint64& pos, qint64 itemEnd, bool explicitVr, int depth)
{
    if (itemEnd > m_bytes.size())
        return false;
    for (;;) {
        if (itemEnd >= 0 && pos >= itemEnd)
            return pos == itemEnd;
        Element element;
        if (readElement(pos, explicitVr, element) != Step::Ok)
            return false;
        if (element.tag == kItemDelimiter) {
            pos = element.valueOffset;
            return itemEnd < 0;
        }
        if ((element.tag >> 16) == 0xFFFE)
            return false;
        if (!visitElement(pos, element, explicitVr, depth))
            return false;
    }
}

// One element at pos (its header already read): a sequence is visited, pixel data skipped,
// anything else delivered. On success pos is just after the element.
bool Walker::visitElement(qint64& pos, const Element& element, bool explicitVr, int depth)
{
    if (element.tag == kPixelData)
        return skipPixelData(pos, element, depth);
    if (isSequence(element, explicitVr))
        return visitSequence(pos, element, explicitVr, depth + 1);
    if (element.length == kUndefinedLength)
        return false;
    deliver(element, explicitVr);
    pos = element.valueOffset + qint64(element.length);
    return pos <= m_bytes.size();
}

// The picture is never read: a native value is skipped by its length; encapsulated
// fragments by their item headers, except that a file ending in the sequence delimiter
// needs no walk through its fragments at all (nothing can follow the pixels).
bool Walker::skipPixelData(qint64& pos, const Element& pixelData, int depth)
{
    if (pixelData.length != kUndefinedLength) {
        pos = pixelData.valueOffset + qint64(pixelData.length);
        return pos <= m_bytes.size();
    }
    if (depth == 0 && m_bytes.size() - pixelData.valueOffset >= 8) {
        const std::uint8_t* last = m_bytes.at(m_bytes.size() - 8, 8);
        if (last && tagOf(le16(last), le16(last + 2)) == kSequenceDelimiter && le32(last + 4) == 0) {
            pos = m_bytes.size();
            return true;
        }
    }
    pos = pixelData.valueOffset;
    return skipUndefinedSequence(pos, true, depth + 1);
}

// Top level, from the pixel data (or the first element after where it would be) to the end:
// trailing elements (padding, signatures, vendor groups) are visited too.
bool Walker::visitAfterPixelData(qint64 pos, bool explicitVr)
{
    while (pos < m_bytes.size()) {
        Element element;
        if (readElement(pos, explicitVr, element) != Step::Ok || (element.tag >> 16) == 0xFFFE)
            return false;
        if (!visitElement(pos, element, explicitVr, 0))
            return false;
    }
    return pos == m_bytes.size();
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
        if (m_sink)
            deliver(element, true);
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

    const QByteArray& transferSyntax = m_transferSyntax;
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
            // The index needs nothing beyond this point; a sink still gets what follows, and
            // damage found there only makes its walk incomplete.
            if (m_sink && !visitAfterPixelData(pos, explicitVr))
                m_elementsComplete = false;
            break;
        }
        if (m_referencedFiles && element.tag == kDirectoryRecordSequence) {
            if (!readDirectoryRecords(pos, element, explicitVr))
                return fail(m_failOutcome, m_failDetail);
            continue;
        }
        const bool sequence = m_sink && isSequence(element, explicitVr);
        if (sequence) {
            // Visited item by item; if that fails, the file is skipped below exactly as
            // without a sink, so the outcome does not depend on visiting.
            qint64 visited = pos;
            if (visitSequence(visited, element, explicitVr, 1)) {
                pos = visited;
                continue;
            }
            m_elementsComplete = false;
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
        if (m_sink && !sequence)
            deliver(element, explicitVr);
        pos = element.valueOffset + element.length;
        if (pos > m_bytes.size())
            return fail(HeaderOutcome::CutShort,
                        QStringLiteral("element (%1,%2) runs past the end of the file")
                            .arg(element.tag >> 16, 4, 16, QLatin1Char('0'))
                            .arg(element.tag & 0xFFFF, 4, 16, QLatin1Char('0')));
    }
    return finish();
}

// The records of a DICOMDIR: items of (0004,1220), each naming at most one file in
// (0004,1500) as CD path components ("DICOM\\ST000001\\IM000001"). pos is at the sequence's
// value; on success it is just after the sequence.
bool Walker::readDirectoryRecords(qint64& pos, const Element& sequence, bool explicitVr)
{
    const bool undefinedSequence = sequence.length == kUndefinedLength;
    const qint64 sequenceEnd = undefinedSequence ? m_bytes.size() : sequence.valueOffset + sequence.length;
    pos = sequence.valueOffset;
    while (undefinedSequence || pos < sequenceEnd) {
        Element item;
        const Step step = nextItem(pos, explicitVr, item);
        if (step != Step::Ok)
            return step == Step::End;
        pos = item.valueOffset;
        const qint64 itemEnd = item.length == kUndefinedLength ? -1 : item.valueOffset + item.length;
        if (!readDirectoryRecord(pos, itemEnd, explicitVr))
            return false;
    }
    if (pos != sequenceEnd) {
        m_failOutcome = HeaderOutcome::Damaged;
        m_failDetail = QStringLiteral("the DICOMDIR records overrun their sequence");
        return false;
    }
    return true;
}

// One record; end is -1 for an item of undefined length (closed by an item delimiter).
bool Walker::readDirectoryRecord(qint64& pos, qint64 end, bool explicitVr)
{
    while (end < 0 || pos < end) {
        Element element;
        if (readElement(pos, explicitVr, element) != Step::Ok) {
            m_failOutcome = HeaderOutcome::CutShort;
            m_failDetail = QStringLiteral("the file ends inside a DICOMDIR record");
            return false;
        }
        if (element.tag == kItemDelimiter && end < 0) {
            pos = element.valueOffset;
            return true;
        }
        if (element.tag == kDirectoryRecordSequence) {
            // Records nested inside records (an old layout): leave those to DCMTK.
            m_failOutcome = HeaderOutcome::Unsupported;
            m_failDetail = QStringLiteral("nested DICOMDIR records");
            return false;
        }
        if (element.length == kUndefinedLength) {
            const bool nestedExplicit = explicitVr && !(element.vr[0] == 'U' && element.vr[1] == 'N');
            pos = element.valueOffset;
            if (!skipUndefinedSequence(pos, nestedExplicit, 2))
                return false;
            continue;
        }
        if (element.tag == kReferencedFileId && element.length > 0 && element.length <= kMaxWantedValueLength) {
            const std::uint8_t* p = m_bytes.at(element.valueOffset, element.length);
            if (!p) {
                m_failOutcome = HeaderOutcome::CutShort;
                m_failDetail = QStringLiteral("a DICOMDIR file name runs past the end of the file");
                return false;
            }
            const QByteArrayView value = trimmedValue(QByteArrayView(reinterpret_cast<const char*>(p), qsizetype(element.length)));
            QString path = QString::fromLatin1(value);
            path.replace(QLatin1Char('\\'), QLatin1Char('/'));
            m_referencedFiles->append(path);
        }
        pos = element.valueOffset + element.length;
        if (pos > m_bytes.size() || (end >= 0 && pos > end)) {
            m_failOutcome = HeaderOutcome::Damaged;
            m_failDetail = QStringLiteral("a DICOMDIR record element overruns its record");
            return false;
        }
    }
    return true;
}

HeaderResult Walker::finish()
{
    HeaderResult result;
    result.outcome = HeaderOutcome::Ok;
    result.header = std::move(m_header);
    InstanceHeader& h = result.header;
    if (h.sopClassUid.isEmpty())
        h.sopClassUid = m_metaSopClass;
    h.transferSyntaxUid = QString::fromLatin1(m_transferSyntax);
    h.hasPixelData = m_hasPixelData;
    result.elementsComplete = m_sink && m_elementsComplete && !m_bytes.beyondPrefix();
    // A dataset in which nothing the index needs was found is not a usable DICOM object.
    if (!m_sawIdentity) {
        result.outcome = HeaderOutcome::NotDicom;
        result.detail = QStringLiteral("no DICOM identification attributes found");
    }
    return result;
}

} // namespace

HeaderResult parseHeaderFast(RandomAccessBytes& bytes, ElementSink* sink)
{
    Walker walker(bytes);
    walker.visitElementsInto(sink);
    return walker.run();
}

std::optional<QStringList> readReferencedFilesFast(RandomAccessBytes& bytes)
{
    QStringList files;
    Walker walker(bytes);
    walker.collectReferencedFiles(&files);
    if (walker.run().outcome != HeaderOutcome::Ok)
        return std::nullopt;
    return files;
}

} // namespace scanshield::media
