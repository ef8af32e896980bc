#include "dicom/CharsetDecoder.h"

#include <QByteArrayView>
#include <QList>
#include <QStringDecoder>

#include <array>

// How DICOM text is encoded (PS3.3 C.12.1.1.2, PS3.5 section 6.1):
//  * One value in Specific Character Set without "2022" (ISO_IR 100, ISO_IR 192, GB18030, ...):
//    the whole value is in that one character set, no escape sequences.
//  * "ISO 2022 IR xxx" terms (code extensions): the value is ISO 2022 text. G0 (bytes 0x21-0x7E)
//    and G1 (bytes 0xA1-0xFE, "GR") are switched by escape sequences. The first value of Specific
//    Character Set is the state at the start and after every delimiter listed in PS3.5 6.1.2.5.3.
// We do the ISO 2022 bookkeeping ourselves and hand each run of bytes to a plain ICU converter
// through QStringDecoder: Debian's DCMTK goes through iconv, which cannot do IR 87 / IR 159
// (TOOLCHAIN.md pitfall 15).

namespace scanshield::dicom {

namespace {

constexpr char16_t kReplacement = 0xFFFD;
constexpr unsigned char kEsc = 0x1B;

// An ICU converter name, plus bytes to put in front of every run handed to it. The JIS planes
// have no stateless ICU converter of their own, so we give ISO-2022-JP(-2) the escape sequence
// that designates the plane followed by the 7-bit byte pairs.
struct Codec {
    const char* icuName;
    const char* prefix;
};

constexpr Codec kUtf8{"UTF-8", ""};
constexpr Codec kGb18030{"GB18030", ""};
constexpr Codec kLatin1{"ISO-8859-1", ""};   // IR 100
constexpr Codec kLatin2{"ISO-8859-2", ""};   // IR 101
constexpr Codec kLatin3{"ISO-8859-3", ""};   // IR 109
constexpr Codec kLatin4{"ISO-8859-4", ""};   // IR 110
constexpr Codec kCyrillic{"ISO-8859-5", ""}; // IR 144
constexpr Codec kArabic{"ISO-8859-6", ""};   // IR 127
constexpr Codec kGreek{"ISO-8859-7", ""};    // IR 126
constexpr Codec kHebrew{"ISO-8859-8", ""};   // IR 138
constexpr Codec kLatin5{"ISO-8859-9", ""};   // IR 148
constexpr Codec kLatin9{"ISO-8859-15", ""};  // IR 203
// IR 166 is TIS 620-2533. ICU's "TIS-620" is IBM-874 and maps unassigned bytes to private-use
// characters without reporting them; ISO-8859-11 is the same table and gives U+FFFD instead.
constexpr Codec kThai{"ISO-8859-11", ""};
constexpr Codec kJisX0208{"ISO-2022-JP", "\x1b$B"};     // IR 87
constexpr Codec kJisX0212{"ISO-2022-JP-2", "\x1b$(D"};  // IR 159
constexpr Codec kKsX1001{"EUC-KR", ""};  // IR 149: GR byte pairs are exactly EUC-KR
constexpr Codec kGb2312{"GB2312", ""};   // IR 58: GR byte pairs are exactly EUC-CN

// What G0 holds. JIS X 0201 Roman (IR 14) differs from ASCII only at 0x5C (yen) and 0x7E
// (overline); we read both as ASCII because 0x5C is also DICOM's value delimiter.
enum class G0Kind { SingleByte, DoubleByte };
struct G0Set {
    G0Kind kind = G0Kind::SingleByte;
    const Codec* codec = nullptr; // DoubleByte only
};

// What G1 holds: nothing (bytes >= 0x80 are invalid), a single-byte ISO 8859 right half,
// JIS X 0201 Katakana (decoded by arithmetic), or a 94x94 set coded as GR byte pairs.
enum class G1Kind { None, SingleByte, Katakana, DoubleByte };
struct G1Set {
    G1Kind kind = G1Kind::None;
    const Codec* codec = nullptr; // SingleByte and DoubleByte
};

struct CodeState {
    G0Set g0;
    G1Set g1;
};

constexpr G0Set kAsciiG0{};
constexpr G1Set kNoG1{};
constexpr G1Set kKatakanaG1{G1Kind::Katakana, nullptr};
constexpr G1Set singleByteG1(const Codec& codec) { return {G1Kind::SingleByte, &codec}; }
constexpr G1Set doubleByteG1(const Codec& codec) { return {G1Kind::DoubleByte, &codec}; }
constexpr G0Set doubleByteG0(const Codec& codec) { return {G0Kind::DoubleByte, &codec}; }

// The defined terms of PS3.3 C.12.1.1.2.
struct CharsetTerm {
    const char* term;
    bool codeExtensions;      // an "ISO 2022" term: escape sequences are honoured
    const Codec* wholeValue;  // UTF-8, GB18030, GBK: the whole value goes through this codec
    CodeState initial;        // otherwise: the state when this term is the first value
};

// IR 87 and IR 159 only make sense after an escape sequence (they cannot hold the delimiters), so
// as a first value they leave G0 as ASCII. IR 149 and IR 58 as first value put their set in G1,
// so that a value that names only IR 149 and leaves out the escape sequences still decodes.
constexpr std::array<CharsetTerm, 33> kTerms{{
    {"ISO_IR 6", false, nullptr, {kAsciiG0, kNoG1}},
    {"ISO_IR 100", false, nullptr, {kAsciiG0, singleByteG1(kLatin1)}},
    {"ISO_IR 101", false, nullptr, {kAsciiG0, singleByteG1(kLatin2)}},
    {"ISO_IR 109", false, nullptr, {kAsciiG0, singleByteG1(kLatin3)}},
    {"ISO_IR 110", false, nullptr, {kAsciiG0, singleByteG1(kLatin4)}},
    {"ISO_IR 144", false, nullptr, {kAsciiG0, singleByteG1(kCyrillic)}},
    {"ISO_IR 127", false, nullptr, {kAsciiG0, singleByteG1(kArabic)}},
    {"ISO_IR 126", false, nullptr, {kAsciiG0, singleByteG1(kGreek)}},
    {"ISO_IR 138", false, nullptr, {kAsciiG0, singleByteG1(kHebrew)}},
    {"ISO_IR 148", false, nullptr, {kAsciiG0, singleByteG1(kLatin5)}},
    {"ISO_IR 203", false, nullptr, {kAsciiG0, singleByteG1(kLatin9)}},
    {"ISO_IR 166", false, nullptr, {kAsciiG0, singleByteG1(kThai)}},
    {"ISO_IR 13", false, nullptr, {kAsciiG0, kKatakanaG1}},
    {"ISO_IR 192", false, &kUtf8, {}},
    {"GB18030", false, &kGb18030, {}},
    // GB18030 is a superset of GBK; ICU's own "GBK" is Windows-936, which turns some GBK codes and
    // stray bytes into private-use characters without an error. GB18030 gives the real ones.
    {"GBK", false, &kGb18030, {}},
    {"ISO 2022 IR 6", true, nullptr, {kAsciiG0, kNoG1}},
    {"ISO 2022 IR 100", true, nullptr, {kAsciiG0, singleByteG1(kLatin1)}},
    {"ISO 2022 IR 101", true, nullptr, {kAsciiG0, singleByteG1(kLatin2)}},
    {"ISO 2022 IR 109", true, nullptr, {kAsciiG0, singleByteG1(kLatin3)}},
    {"ISO 2022 IR 110", true, nullptr, {kAsciiG0, singleByteG1(kLatin4)}},
    {"ISO 2022 IR 144", true, nullptr, {kAsciiG0, singleByteG1(kCyrillic)}},
    {"ISO 2022 IR 127", true, nullptr, {kAsciiG0, singleByteG1(kArabic)}},
    {"ISO 2022 IR 126", true, nullptr, {kAsciiG0, singleByteG1(kGreek)}},
    {"ISO 2022 IR 138", true, nullptr, {kAsciiG0, singleByteG1(kHebrew)}},
    {"ISO 2022 IR 148", true, nullptr, {kAsciiG0, singleByteG1(kLatin5)}},
    {"ISO 2022 IR 203", true, nullptr, {kAsciiG0, singleByteG1(kLatin9)}},
    {"ISO 2022 IR 166", true, nullptr, {kAsciiG0, singleByteG1(kThai)}},
    {"ISO 2022 IR 13", true, nullptr, {kAsciiG0, kKatakanaG1}},
    {"ISO 2022 IR 87", true, nullptr, {kAsciiG0, kNoG1}},
    {"ISO 2022 IR 159", true, nullptr, {kAsciiG0, kNoG1}},
    {"ISO 2022 IR 149", true, nullptr, {kAsciiG0, doubleByteG1(kKsX1001)}},
    {"ISO 2022 IR 58", true, nullptr, {kAsciiG0, doubleByteG1(kGb2312)}},
}};

// The escape sequences of PS3.3 Table C.12-3 and C.12-4 (bytes after ESC) and what they designate.
struct EscapeSequence {
    const char* afterEsc;
    bool designatesG0;
    G0Set g0;
    G1Set g1;
};

constexpr std::array<EscapeSequence, 18> kEscapes{{
    {"(B", true, kAsciiG0, {}},                     // ISO-IR 6, ASCII
    {"(J", true, kAsciiG0, {}},                     // ISO-IR 14, JIS X 0201 Roman
    {"$B", true, doubleByteG0(kJisX0208), {}},      // ISO-IR 87, JIS X 0208 kanji
    {"$(D", true, doubleByteG0(kJisX0212), {}},     // ISO-IR 159, JIS X 0212 supplementary kanji
    {")I", false, {}, kKatakanaG1},                 // ISO-IR 13, JIS X 0201 Katakana
    {"$)C", false, {}, doubleByteG1(kKsX1001)},     // ISO-IR 149, KS X 1001 Hangul and Hanja
    {"$)A", false, {}, doubleByteG1(kGb2312)},      // ISO-IR 58, GB 2312
    {"-A", false, {}, singleByteG1(kLatin1)},       // ISO-IR 100
    {"-B", false, {}, singleByteG1(kLatin2)},       // ISO-IR 101
    {"-C", false, {}, singleByteG1(kLatin3)},       // ISO-IR 109
    {"-D", false, {}, singleByteG1(kLatin4)},       // ISO-IR 110
    {"-L", false, {}, singleByteG1(kCyrillic)},     // ISO-IR 144
    {"-G", false, {}, singleByteG1(kArabic)},       // ISO-IR 127
    {"-F", false, {}, singleByteG1(kGreek)},        // ISO-IR 126
    {"-H", false, {}, singleByteG1(kHebrew)},       // ISO-IR 138
    {"-M", false, {}, singleByteG1(kLatin5)},       // ISO-IR 148
    {"-b", false, {}, singleByteG1(kLatin9)},       // ISO-IR 203
    {"-T", false, {}, singleByteG1(kThai)},         // ISO-IR 166
}};

// "ISO_IR 100", "ISO IR 100", "iso-ir 100" all become "ISOIR100"; "ISO 2022 IR 100" stays distinct.
QByteArray normalizeTerm(QByteArrayView term)
{
    QByteArray out;
    for (const char c : term) {
        if (c != ' ' && c != '_' && c != '-')
            out += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    }
    return out;
}

// nullptr for an unknown term. The empty term is the default repertoire (ISO-IR 6).
const CharsetTerm* findTerm(QByteArrayView term)
{
    // The table's spellings are normalized once; a disc looks terms up for every text value.
    static const QList<QByteArray> normalizedTable = [] {
        QList<QByteArray> names;
        for (const CharsetTerm& entry : kTerms)
            names.append(normalizeTerm(entry.term));
        return names;
    }();
    const QByteArray wanted = normalizeTerm(term);
    if (wanted.isEmpty())
        return &kTerms[0];
    for (qsizetype i = 0; i < normalizedTable.size(); ++i)
        if (normalizedTable[i] == wanted)
            return &kTerms[i];
    return nullptr;
}

QByteArrayView trimTrailingPadding(QByteArrayView raw)
{
    qsizetype end = raw.size();
    while (end > 0 && (raw[end - 1] == ' ' || raw[end - 1] == '\0'))
        --end;
    return raw.first(end);
}

// Decodes one run of bytes with an ICU converter.
QString decodeWith(const Codec& codec, const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return {};
    QStringDecoder decoder(codec.icuName, QStringConverter::Flag::Stateless);
    if (!decoder.isValid()) // every name in the tables is checked by the unit tests
        return QString(bytes.size(), QChar(kReplacement));
    // ICU drops an incomplete multi-byte sequence at the very end without a trace, even when
    // flushing; a trailing LF (never a valid trail byte) makes it come out as U+FFFD.
    QString text = decoder.decode(QByteArray(codec.prefix) + bytes + '\n');
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

// Collects output, batching consecutive bytes for the same codec into one conversion.
class TextBuilder {
public:
    void addChar(char16_t c)
    {
        flush();
        m_text += QChar(c);
    }
    void addEncoded(const Codec& codec, QByteArrayView bytes)
    {
        if (m_codec != &codec)
            flush();
        m_codec = &codec;
        m_pending += bytes;
    }
    QString finish()
    {
        flush();
        return m_text;
    }

private:
    void flush()
    {
        if (m_codec != nullptr)
            m_text += decodeWith(*m_codec, m_pending);
        m_codec = nullptr;
        m_pending.clear();
    }

    QString m_text;
    const Codec* m_codec = nullptr;
    QByteArray m_pending;
};

bool isGraphic94(unsigned char b) { return b >= 0x21 && b <= 0x7E; }
bool isGraphic94Right(unsigned char b) { return b >= 0xA1 && b <= 0xFE; }

// PS3.5 6.1.2.5.3: the encoder must be back in the first character set before these, so the
// decoder goes back there too. '\\' separates values, for PN as well as for the other VRs.
bool isResetDelimiter(unsigned char b, bool isPersonName)
{
    switch (b) {
    case '\\':
    case '\r':
    case '\n':
    case '\f':
    case '\t':
        return true;
    case '^':
    case '=':
        return isPersonName;
    default:
        return false;
    }
}

const EscapeSequence* matchEscape(QByteArrayView afterEsc)
{
    for (const EscapeSequence& escape : kEscapes) {
        if (afterEsc.startsWith(QByteArrayView(escape.afterEsc)))
            return &escape;
    }
    return nullptr;
}

// Decodes a value in one of the ISO 2022 based character sets. With codeExtensions false,
// ESC is an ordinary control character and the state never changes.
QString decodeIso2022(const QByteArray& value, const CodeState& initial, bool codeExtensions,
                      bool isPersonName)
{
    TextBuilder out;
    CodeState state = initial;
    const qsizetype size = value.size();
    const auto byteAt = [&value](qsizetype i) { return static_cast<unsigned char>(value[i]); };

    qsizetype i = 0;
    while (i < size) {
        const unsigned char b = byteAt(i);

        if (b == kEsc && codeExtensions) {
            const QByteArrayView rest = QByteArrayView(value).sliced(i + 1);
            if (const EscapeSequence* escape = matchEscape(rest)) {
                if (escape->designatesG0)
                    state.g0 = escape->g0;
                else
                    state.g1 = escape->g1;
                i += 1 + qsizetype(qstrlen(escape->afterEsc));
            } else {
                // Unknown escape sequence: mark it and read what follows as ordinary text.
                out.addChar(kReplacement);
                ++i;
            }
            continue;
        }

        if (b >= 0x80) { // GR: whatever G1 holds
            switch (state.g1.kind) {
            case G1Kind::None:
                out.addChar(kReplacement);
                ++i;
                break;
            case G1Kind::SingleByte:
                out.addEncoded(*state.g1.codec, value.sliced(i, 1));
                ++i;
                break;
            case G1Kind::Katakana: // JIS X 0201 0xA1-0xDF are the halfwidth forms U+FF61-U+FF9F
                out.addChar(b >= 0xA1 && b <= 0xDF ? char16_t(0xFF61 + (b - 0xA1)) : kReplacement);
                ++i;
                break;
            case G1Kind::DoubleByte:
                if (isGraphic94Right(b) && i + 1 < size && isGraphic94Right(byteAt(i + 1))) {
                    out.addEncoded(*state.g1.codec, value.sliced(i, 2));
                    i += 2;
                } else {
                    out.addChar(kReplacement);
                    ++i;
                }
                break;
            }
            continue;
        }

        // In a double-byte G0 every 0x21-0x7E byte is half of a character, '^', '=' and '\\'
        // included: the delimiters only count once the text has switched back to ASCII.
        if (state.g0.kind == G0Kind::DoubleByte && isGraphic94(b)) {
            if (i + 1 < size && isGraphic94(byteAt(i + 1))) {
                out.addEncoded(*state.g0.codec, value.sliced(i, 2));
                i += 2;
            } else {
                out.addChar(kReplacement);
                ++i;
            }
            continue;
        }

        // ASCII (or JIS X 0201 Roman), space or a control character.
        if (isResetDelimiter(b, isPersonName))
            state = initial;
        out.addChar(b);
        ++i;
    }
    return out.finish();
}

bool hasNonAscii(QByteArrayView value)
{
    for (char c : value)
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    return false;
}

QString decodeUndeclared(const QByteArray& value)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = utf8.decode(value);
    if (!utf8.hasError())
        return asUtf8;
    return QString::fromLatin1(value);
}

} // namespace

QString decodeDicomText(QByteArrayView raw, QByteArrayView specificCharacterSetView, bool isPersonName)
{
    const QByteArrayView trimmed = trimTrailingPadding(raw);
    if (trimmed.isEmpty())
        return {};
    // Every DICOM character set reads the bytes below 0x80 as ASCII unless an escape sequence
    // switches sets; most values are plain ASCII, so skip the machinery for them.
    if (!hasNonAscii(trimmed) && !trimmed.contains('\x1b'))
        return QString::fromLatin1(trimmed);
    const QByteArray value = trimmed.toByteArray();
    const QByteArray specificCharacterSet = specificCharacterSetView.toByteArray();

    const QList<QByteArray> terms = specificCharacterSet.split('\\');
    const CharsetTerm* first = findTerm(terms.first().trimmed());
    // No declared (or an unknown) character set but bytes beyond ASCII: many discs are written
    // that way. Guess rather than show a person's name with holes in it: UTF-8 when the bytes
    // are valid UTF-8, otherwise Latin-1, the commonest undeclared set.
    const bool undeclared = first == nullptr || (terms.size() == 1 && terms.first().trimmed().isEmpty());
    if (undeclared && terms.size() == 1 && hasNonAscii(value))
        return decodeUndeclared(value);
    // An unknown first value among several falls back to the default repertoire, as in pydicom.
    if (first == nullptr)
        first = &kTerms[0];

    // UTF-8, GB18030 and GBK do not allow code extensions; later values are ignored.
    if (first->wholeValue != nullptr)
        return decodeWith(*first->wholeValue, value);

    const bool codeExtensions = terms.size() > 1 || first->codeExtensions;
    return decodeIso2022(value, first->initial, codeExtensions, isPersonName);
}

bool isKnownCharacterSet(const QByteArray& term)
{
    return findTerm(term.trimmed()) != nullptr;
}

} // namespace scanshield::dicom
