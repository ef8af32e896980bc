// Tests for dicom/CharsetDecoder: hand-made byte strings, then the real character set example files
// of pydicom's test suite (David Clunie's chr*.dcm) and fo-dicom's GH1301.dcm. The expected names
// are those of pydicom's tests/test_charset.py (FILE_PATIENT_NAMES, ENCODED_NAMES and the tests
// around them), not the output of this decoder.

#include "dicom/CharsetDecoder.h"
#include "dicom/DcmtkSetup.h"
#include "support/TestData.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>
#include <ostream>

// Readable failure messages: the text itself and its code points.
void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << "\" [";
    for (const QChar c : text)
        *os << ' ' << std::hex << unsigned(c.unicode()) << std::dec;
    *os << " ]";
}

namespace {

using scanshield::dicom::decodeDicomText;
using scanshield::dicom::isKnownCharacterSet;

// A byte string from a literal, embedded NULs included.
template <std::size_t N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

QString text(const char16_t* utf16) { return QString::fromUtf16(utf16); }

const QChar kFffd(0xFFFD);

QString pn(const QByteArray& raw, const QByteArray& charset) { return decodeDicomText(raw, charset, true); }
QString lo(const QByteArray& raw, const QByteArray& charset) { return decodeDicomText(raw, charset, false); }

// ---------------------------------------------------------------------------------------------
// Hand-made byte strings

TEST(CharsetDecoder, AsciiWithEmptyCharacterSet)
{
    EXPECT_EQ(pn("Doe^John", ""), QString("Doe^John"));
    EXPECT_EQ(pn("Doe^John", "ISO_IR 6"), QString("Doe^John"));
    EXPECT_EQ(pn("", "ISO_IR 100"), QString());
}

TEST(CharsetDecoder, TrailingSpacesAndNulsAreTrimmedLeadingAreKept)
{
    EXPECT_EQ(pn(bytes("Doe^John \0 \0"), ""), QString("Doe^John"));
    EXPECT_EQ(lo(bytes(" Chest  "), "ISO_IR 100"), QString(" Chest"));
    EXPECT_EQ(lo(bytes("  \0"), ""), QString());
    // A space inside a value stays.
    EXPECT_EQ(lo(bytes("CT HEAD "), ""), QString("CT HEAD"));
}

TEST(CharsetDecoder, Latin1)
{
    EXPECT_EQ(pn(bytes("Buc^J\xe9r\xf4me"), "ISO_IR 100"), text(u"Buc^Jérôme"));
    // Surrounding spaces in the Specific Character Set value do not matter.
    EXPECT_EQ(pn(bytes("Buc^J\xe9r\xf4me"), "ISO_IR 100 "), text(u"Buc^Jérôme"));
}

TEST(CharsetDecoder, Utf8)
{
    EXPECT_EQ(pn(bytes("Buc^J\xc3\xa9r\xc3\xb4me"), "ISO_IR 192"), text(u"Buc^Jérôme"));
    // Misspellings that pydicom also accepts.
    EXPECT_EQ(pn(bytes("Buc^J\xc3\xa9r\xc3\xb4me"), "ISO IR 192"), text(u"Buc^Jérôme"));
    EXPECT_EQ(pn(bytes("Buc^J\xc3\xa9r\xc3\xb4me"), "ISO-IR 192"), text(u"Buc^Jérôme"));
}

TEST(CharsetDecoder, HighBytesWithoutCharacterSetAreReadAsLatin1)
{
    // ISO-IR 6 has nothing above 0x7F, yet many discs write Latin-1 without saying so: a
    // name readable to its owner beats one full of holes.
    EXPECT_EQ(pn(bytes("Buc^J\xe9r\xf4me"), ""), text(u"Buc^Jérôme"));
}

TEST(CharsetDecoder, InvalidUtf8BecomesReplacementCharacters)
{
    const QString decoded = pn(bytes("A\xc4\xe9\xef\xed\xf5\xf3\xe9\xef\xf2Z"), "ISO_IR 192");
    ASSERT_GE(decoded.size(), 3);
    EXPECT_EQ(decoded.front(), QChar('A'));
    EXPECT_EQ(decoded.back(), QChar('Z'));
    for (const QChar c : decoded.mid(1, decoded.size() - 2))
        EXPECT_EQ(c, kFffd) << "in " << decoded.toStdString();
}

TEST(CharsetDecoder, TruncatedMultiByteSequenceAtTheEndIsNotDropped)
{
    // Half a UTF-8 character, half a GB18030 character, half a KS X 1001 character.
    EXPECT_TRUE(pn(bytes("Wang\xe7\x8e"), "ISO_IR 192").startsWith("Wang" + QString(kFffd)));
    EXPECT_EQ(pn(bytes("Wang\xcd"), "GB18030"), "Wang" + QString(kFffd));
    EXPECT_EQ(pn(bytes("Hong\x1b$)C\xb1"), "\\ISO 2022 IR 149"), "Hong" + QString(kFffd));
    // Half a JIS X 0208 character.
    EXPECT_EQ(pn(bytes("\x1b$B$d$"), "\\ISO 2022 IR 87"), text(u"や") + kFffd);
}

TEST(CharsetDecoder, UnknownCharacterSetFallsBackToDefaultRepertoire)
{
    EXPECT_EQ(pn("Doe^John", "ISO_IR 999"), QString("Doe^John"));
    // Undeclared or unknown sets with bytes beyond ASCII: UTF-8 when valid, else Latin-1.
    EXPECT_EQ(pn(bytes("J\xe9r"), "ISO_IR 999"), text(u"Jér"));
    EXPECT_EQ(pn(bytes("M\xfcller"), ""), text(u"Müller"));
    EXPECT_EQ(pn(bytes("M\xc3\xbcller"), ""), text(u"Müller"));
    // An unknown second value does not spoil the first.
    EXPECT_EQ(pn(bytes("Buc^J\xe9r\xf4me"), "ISO 2022 IR 100\\ISO 2022 IR 146"), text(u"Buc^Jérôme"));
}

TEST(CharsetDecoder, EverySingleByteTermHasAWorkingConverter)
{
    struct Case {
        const char* term;
        char byte;
        char16_t expected;
    };
    const Case cases[] = {
        {"ISO_IR 100", '\xe9', u'é'}, {"ISO_IR 101", '\xb3', u'ł'}, {"ISO_IR 109", '\xfd', u'ŭ'},
        {"ISO_IR 110", '\xe0', u'ā'}, {"ISO_IR 144", '\xbb', u'Л'}, {"ISO_IR 127", '\xc8', u'ب'},
        {"ISO_IR 126", '\xc4', u'Δ'}, {"ISO_IR 138", '\xf9', u'ש'}, {"ISO_IR 148", '\xfe', u'ş'},
        {"ISO_IR 203", '\xa4', u'€'}, {"ISO_IR 166", '\xb9', u'น'}, {"ISO_IR 13", '\xb1', u'ｱ'},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(lo(QByteArray("x") + c.byte, c.term), QString("x") + QChar(c.expected)) << c.term;
        EXPECT_TRUE(isKnownCharacterSet(c.term)) << c.term;
    }
}

TEST(CharsetDecoder, UnassignedThaiByteIsReplacementNotPrivateUse)
{
    EXPECT_EQ(lo(bytes("\xb9\xff"), "ISO_IR 166"), text(u"น") + kFffd);
}

TEST(CharsetDecoder, GbkUsesTheGb18030Mapping)
{
    EXPECT_EQ(pn(bytes("Wang^XiaoDong=\xcd\xf5^\xd0\xa1\xb6\xab"), "GBK"), text(u"Wang^XiaoDong=王^小东"));
    EXPECT_EQ(lo(bytes("a\xff"), "GBK"), QString("a") + kFffd);
}

// pydicom test_charset.py ENCODED_NAMES: every single-byte code extension after ASCII.
struct EncodedName {
    const char* charset;
    const char16_t* decoded;
    QByteArray raw;
};

void PrintTo(const EncodedName& c, std::ostream* os) { *os << c.charset; }

class SingleByteCodeExtension : public ::testing::TestWithParam<EncodedName> {};

TEST_P(SingleByteCodeExtension, DecodesAfterAscii)
{
    const EncodedName& c = GetParam();
    EXPECT_EQ(pn("ASCII+" + c.raw, QByteArray("\\") + c.charset), "ASCII+" + text(c.decoded));
}

INSTANTIATE_TEST_SUITE_P(
    PydicomEncodedNames, SingleByteCodeExtension,
    ::testing::Values(
        EncodedName{"ISO 2022 IR 13", u"ﾔﾏﾀﾞ^ﾀﾛｳ", bytes("\x1b\x29\x49\xd4\xcf\xc0\xde\x5e\x1b\x29\x49\xc0\xdb\xb3")},
        EncodedName{"ISO 2022 IR 100", u"Buc^Jérôme",
                    bytes("\x1b\x2d\x41\x42\x75\x63\x5e\x1b\x2d\x41\x4a\xe9\x72\xf4\x6d\x65")},
        EncodedName{"ISO 2022 IR 101", u"Wałęsa", bytes("\x1b\x2d\x42\x57\x61\xb3\xea\x73\x61")},
        EncodedName{"ISO 2022 IR 109", u"antaŭnomo", bytes("\x1b\x2d\x43\x61\x6e\x74\x61\xfd\x6e\x6f\x6d\x6f")},
        EncodedName{"ISO 2022 IR 110", u"vārds", bytes("\x1b\x2d\x44\x76\xe0\x72\x64\x73")},
        EncodedName{"ISO 2022 IR 127", u"قباني^لنزار",
                    bytes("\x1b\x2d\x47\xe2\xc8\xc7\xe6\xea\x5e\x1b\x2d\x47\xe4\xe6\xd2\xc7\xd1")},
        EncodedName{"ISO 2022 IR 126", u"Διονυσιος", bytes("\x1b\x2d\x46\xc4\xe9\xef\xed\xf5\xf3\xe9\xef\xf2")},
        EncodedName{"ISO 2022 IR 138", u"שרון^דבורה",
                    bytes("\x1b\x2d\x48\xf9\xf8\xe5\xef\x5e\x1b\x2d\x48\xe3\xe1\xe5\xf8\xe4")},
        EncodedName{"ISO 2022 IR 144", u"Люкceмбypг",
                    bytes("\x1b\x2d\x4c\xbb\xee\xda\x63\x65\xdc\xd1\x79\x70\xd3")},
        EncodedName{"ISO 2022 IR 148", u"Çavuşoğlu", bytes("\x1b\x2d\x4d\xc7\x61\x76\x75\xfe\x6f\xf0\x6c\x75")},
        EncodedName{"ISO 2022 IR 166", u"นามสกุล", bytes("\x1b\x2d\x54\xb9\xd2\xc1\xca\xa1\xd8\xc5")}),
    [](const ::testing::TestParamInfo<EncodedName>& info) {
        return QByteArray(info.param.charset).replace(' ', '_').toStdString();
    });

TEST(CharsetDecoder, PersonNameDelimitersResetTheCodeExtension)
{
    // pydicom test_missing_escape_for_single_byte_code_extensions: after '^' the first value
    // (ISO-IR 6) is active again, so the Katakana bytes that follow no longer decode.
    EXPECT_EQ(pn(bytes("\x1b\x29\x49\xd4\xcf\xc0\xde\x5e\xc0\xdb\xb3"), "\\ISO 2022 IR 13"),
              text(u"ﾔﾏﾀﾞ^") + kFffd + kFffd + kFffd);
    // '^' and '=' reset in a PN but are ordinary characters in other VRs.
    const QByteArray greek = bytes("\x1b\x2d\x46\xc4^\xc4=\xc4");
    EXPECT_EQ(pn(greek, "\\ISO 2022 IR 126"), text(u"Δ^") + kFffd + "=" + kFffd);
    EXPECT_EQ(lo(greek, "\\ISO 2022 IR 126"), text(u"Δ^Δ=Δ"));
}

TEST(CharsetDecoder, ControlCharactersAndBackslashResetInText)
{
    EXPECT_EQ(lo(bytes("\x1b\x2d\x46\xc4\\\xc4"), "\\ISO 2022 IR 126"), text(u"Δ\\") + kFffd);
    EXPECT_EQ(lo(bytes("\x1b\x2d\x46\xc4\r\n\xc4"), "\\ISO 2022 IR 126"), text(u"Δ\r\n") + kFffd);
    EXPECT_EQ(lo(bytes("\x1b\x2d\x46\xc4\t\xc4"), "\\ISO 2022 IR 126"), text(u"Δ\t") + kFffd);
    EXPECT_EQ(lo(bytes("\x1b\x2d\x46\xc4\f\xc4"), "\\ISO 2022 IR 126"), text(u"Δ\f") + kFffd);
}

TEST(CharsetDecoder, FirstValueIsTheDefaultWithoutEscape)
{
    // pydicom test_multi_charset_default_value
    EXPECT_EQ(pn(bytes("Buc^J\xe9r\xf4me"), "ISO 2022 IR 100\\ISO 2022 IR 144"), text(u"Buc^Jérôme"));
    EXPECT_EQ(lo(bytes("R\xf6ntgenaufnahme"), "ISO 2022 IR 100\\ISO 2022 IR 144"), text(u"Röntgenaufnahme"));
    // pydicom test_single_byte_multi_charset_personname / _text
    EXPECT_EQ(pn(bytes("Dionysios=\x1b\x2d\x46\xc4\xe9\xef\xed\xf5\xf3\xe9\xef\xf2"),
                 "ISO 2022 IR 100\\ISO 2022 IR 126"),
              text(u"Dionysios=Διονυσιος"));
    EXPECT_EQ(lo(bytes("Dionysios is \x1b\x2d\x46\xc4\xe9\xef\xed\xf5\xf3\xe9\xef\xf2"),
                 "ISO 2022 IR 100\\ISO 2022 IR 126"),
              text(u"Dionysios is Διονυσιος"));
}

TEST(CharsetDecoder, MultiValuedTextWithDifferentCharacterSetsPerValue)
{
    const QByteArray raw = bytes("Buc^J\xe9r\xf4me\\\x1b\x2d\x46\xc4\xe9\xef\xed\xf5\xf3\xe9\xef\xf2\\"
                                 "\x1b\x2d\x4c\xbb\xee\xda\x63\x65\xdc\xd1\x79\x70\xd3");
    const QByteArray charset = "ISO 2022 IR 100\\ISO 2022 IR 144\\ISO 2022 IR 126";
    EXPECT_EQ(lo(raw, charset), text(u"Buc^Jérôme\\Διονυσιος\\Люкceмбypг"));
    EXPECT_EQ(pn(raw, charset), text(u"Buc^Jérôme\\Διονυσιος\\Люкceмбypг"));
}

TEST(CharsetDecoder, JapaneseKanjiKanaAndSupplementaryKanji)
{
    // pydicom test_japanese_multi_byte_personname: 鷗 is in JIS X 0212 (ISO-IR 159).
    const QByteArray mori = bytes("\x4d\x6f\x72\x69\x5e\x4f\x67\x61\x69\x3d\x1b\x24\x42\x3f"
                                  "\x39\x1b\x28\x42\x5e\x1b\x24\x28\x44\x6c\x3f\x1b\x24\x42"
                                  "\x33\x30\x1b\x28\x42\x3d\x1b\x24\x42\x24\x62\x24\x6a\x1b"
                                  "\x28\x42\x5e\x1b\x24\x42\x24\x2a\x24\x26\x24\x2c\x24\x24"
                                  "\x1b\x28\x42");
    EXPECT_EQ(pn(mori, "ISO 2022 IR 6\\ISO 2022 IR 87\\ISO 2022 IR 159"),
              text(u"Mori^Ogai=森^鷗外=もり^おうがい"));
    // pydicom test_japanese_multi_byte_encoding: JIS X 0201 Roman and Katakana, 0208 and 0212.
    EXPECT_EQ(lo(bytes("\x1b$B$\"\x1b(Ja\x1b)I\xb1\x1b$B%\"\x1b$(DmN\x1b(J"),
                 "ISO 2022 IR 13\\ISO 2022 IR 87\\ISO 2022 IR 159"),
              text(u"あaｱア齩"));
}

TEST(CharsetDecoder, DelimiterBytesInsideKanjiAreNotDelimiters)
{
    // 'ま' is 0x24 0x5E in JIS X 0208: the 0x5E is not a '^'.
    EXPECT_EQ(pn(bytes("\x1b$B$d$^$@\x1b(B^Tarou"), "\\ISO 2022 IR 87"), text(u"やまだ^Tarou"));
}

TEST(CharsetDecoder, BytesThatFitNoDesignatedSetBecomeReplacementCharacters)
{
    // pydicom test_bad_decoded_multi_byte_encoding: nine GR bytes while G1 holds nothing.
    EXPECT_EQ(pn(bytes("\x1b$(D\xc4\xe9\xef\xed\xf5\xf3\xe9\xef\xf2"), "ISO 2022 IR 159"), QString(9, kFffd));
}

TEST(CharsetDecoder, UnknownEscapeSequence)
{
    // With code extensions the unknown ESC is marked and the rest is read as text.
    EXPECT_EQ(pn(bytes("\x1b$)Zab"), "\\ISO 2022 IR 87"), kFffd + QString("$)Zab"));
    // Without code extensions ESC is a plain control character, as in pydicom.
    EXPECT_EQ(pn(bytes("\x1b\x2d\x46\xc4\xe9\xef\xed\xf5\xf3\xe9\xef\xf2"), "ISO_IR 100"),
              text(u"\x1b-FÄéïíõóéïò"));
}

TEST(CharsetDecoder, KoreanAndChineseGrSets)
{
    EXPECT_EQ(pn(bytes("\x1b$)C\xb1\xe8\xc8\xf1\xc1\xdf"), "\\ISO 2022 IR 149"), text(u"김희중"));
    // Korean files that name IR 149 as the only value and leave out the escape sequences.
    EXPECT_EQ(pn(bytes("\xb1\xe8\xc8\xf1\xc1\xdf"), "ISO 2022 IR 149"), text(u"김희중"));
    EXPECT_EQ(pn(bytes("Wang^XiaoDong=\x1b$)A\xcd\xf5^\x1b$)A\xd0\xa1\xb6\xab"), "\\ISO 2022 IR 58"),
              text(u"Wang^XiaoDong=王^小东"));
}

TEST(CharsetDecoder, KnownCharacterSetTerms)
{
    for (const char* term :
         {"", "ISO_IR 100", "ISO_IR 101", "ISO_IR 109", "ISO_IR 110", "ISO_IR 144", "ISO_IR 127", "ISO_IR 126",
          "ISO_IR 138", "ISO_IR 148", "ISO_IR 166", "ISO_IR 13", "ISO_IR 192", "GB18030", "GBK", "ISO 2022 IR 6",
          "ISO 2022 IR 100", "ISO 2022 IR 101", "ISO 2022 IR 109", "ISO 2022 IR 110", "ISO 2022 IR 144",
          "ISO 2022 IR 127", "ISO 2022 IR 126", "ISO 2022 IR 138", "ISO 2022 IR 148", "ISO 2022 IR 166",
          "ISO 2022 IR 13", "ISO 2022 IR 87", "ISO 2022 IR 159", "ISO 2022 IR 149", "ISO 2022 IR 58"})
        EXPECT_TRUE(isKnownCharacterSet(term)) << term;
    EXPECT_FALSE(isKnownCharacterSet("ISO 2022 IR 146"));
    EXPECT_FALSE(isKnownCharacterSet("UNSUPPORTED"));
    EXPECT_FALSE(isKnownCharacterSet("ISO_IR 100\\ISO_IR 126")); // one term, not a whole value
}

// ---------------------------------------------------------------------------------------------
// Real files

// The raw bytes of a string element as stored in the file, without any conversion.
QByteArray rawValue(DcmItem& item, const DcmTagKey& key)
{
    DcmElement* element = nullptr;
    if (item.findAndGetElement(key, element, OFFalse).bad() || element == nullptr)
        return {};
    char* value = nullptr;
    Uint32 length = 0;
    if (element->getString(value, length).bad() || value == nullptr)
        return {};
    return QByteArray(value, qsizetype(length));
}

std::unique_ptr<DcmFileFormat> loadDicom(const QString& path)
{
    scanshield::dicom::ensureDcmtkReady();
    auto file = std::make_unique<DcmFileFormat>();
    if (file->loadFile(QFile::encodeName(path).constData()).bad())
        return nullptr;
    return file;
}

const DcmTagKey kRequestedProcedureCodeSequence(0x0032, 0x1064);

// The Patient's Name of the file and the Specific Character Set that applies to it: at the top
// level, or (chrSQEncoding*) in the first item of a sequence, which may inherit the top-level one.
struct NameInFile {
    QByteArray raw;
    QByteArray charset;
};

NameInFile patientName(DcmFileFormat& file)
{
    DcmDataset& dataset = *file.getDataset();
    NameInFile found{rawValue(dataset, DCM_PatientName), rawValue(dataset, DCM_SpecificCharacterSet)};
    DcmItem* item = nullptr;
    if (found.raw.isEmpty() && dataset.findAndGetSequenceItem(kRequestedProcedureCodeSequence, item, 0).good()
        && item != nullptr) {
        found.raw = rawValue(*item, DCM_PatientName);
        if (item->tagExists(DCM_SpecificCharacterSet))
            found.charset = rawValue(*item, DCM_SpecificCharacterSet);
    }
    return found;
}

struct FileName {
    const char* file; // in malformed_edge/
    const char16_t* expected;
};

void PrintTo(const FileName& f, std::ostream* os) { *os << f.file; }

class CharsetFile : public ::testing::TestWithParam<FileName> {};

TEST_P(CharsetFile, PatientNameDecodesAsInPydicom)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const QString path = scanshield::test::sharedData(QStringLiteral("malformed_edge/") + GetParam().file);
    ASSERT_TRUE(QFileInfo::exists(path)) << path.toStdString();
    const std::unique_ptr<DcmFileFormat> file = loadDicom(path);
    ASSERT_NE(file, nullptr) << path.toStdString();
    const NameInFile name = patientName(*file);
    ASSERT_FALSE(name.raw.isEmpty());
    EXPECT_EQ(pn(name.raw, name.charset), text(GetParam().expected))
        << "Specific Character Set: " << name.charset.toStdString();
}

// pydicom FILE_PATIENT_NAMES plus the two nested-sequence files (test_nested_character_sets,
// test_inherited_character_set_in_sequence) and fo-dicom's GH1301.
// chrX1, chrX2 and GH1301 store a trailing '=' (an empty third component group). pydicom's
// PersonName drops empty trailing groups; decodeDicomText returns the stored value, so it stays.
INSTANTIATE_TEST_SUITE_P(
    RealFiles, CharsetFile,
    ::testing::Values(FileName{"pydicom_charsets/chrArab.dcm", u"قباني^لنزار"},
                      FileName{"pydicom_charsets/chrFren.dcm", u"Buc^Jérôme"},
                      FileName{"pydicom_charsets/chrFrenMulti.dcm", u"Buc^Jérôme"},
                      FileName{"pydicom_charsets/chrGerm.dcm", u"Äneas^Rüdiger"},
                      FileName{"pydicom_charsets/chrGreek.dcm", u"Διονυσιος"},
                      FileName{"pydicom_charsets/chrH31.dcm", u"Yamada^Tarou=山田^太郎=やまだ^たろう"},
                      FileName{"pydicom_charsets/chrH32.dcm", u"ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう"},
                      FileName{"pydicom_charsets/chrHbrw.dcm", u"שרון^דבורה"},
                      FileName{"pydicom_charsets/chrI2.dcm", u"Hong^Gildong=洪^吉洞=홍^길동"},
                      FileName{"pydicom_charsets/chrJapMulti.dcm", u"やまだ^たろう"},
                      FileName{"pydicom_charsets/chrJapMultiExplicitIR6.dcm", u"やまだ^たろう"},
                      FileName{"pydicom_charsets/chrKoreanMulti.dcm", u"김희중"},
                      FileName{"pydicom_charsets/chrRuss.dcm", u"Люкceмбypг"},
                      FileName{"pydicom_charsets/chrX1.dcm", u"Wang^XiaoDong=王^小東="},
                      FileName{"pydicom_charsets/chrX2.dcm", u"Wang^XiaoDong=王^小东="},
                      FileName{"pydicom_charsets/chrSQEncoding.dcm", u"ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう"},
                      FileName{"pydicom_charsets/chrSQEncoding1.dcm", u"ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう"},
                      FileName{"fo-dicom/GH1301.dcm", u"Wang^XiaoDong=王^小东="}),
    [](const ::testing::TestParamInfo<FileName>& info) {
        return QFileInfo(QString::fromLatin1(info.param.file)).completeBaseName().toStdString();
    });

TEST(CharsetFiles, MultiValuedOtherPatientNames)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const struct {
        const char* file;
        const char16_t* expected;
    } cases[] = {
        {"chrFrenMulti.dcm", u"Buc^Jérôme\\Buc^Jérôme"},
        {"chrJapMulti.dcm", u"やまだ^たろう\\やまだ^たろう"},
        {"chrJapMultiExplicitIR6.dcm", u"やまだ^たろう\\やまだ^たろう"},
        {"chrKoreanMulti.dcm", u"김희중\\김희중"},
    };
    for (const auto& c : cases) {
        const std::unique_ptr<DcmFileFormat> file =
            loadDicom(scanshield::test::sharedData(QStringLiteral("malformed_edge/pydicom_charsets/") + c.file));
        ASSERT_NE(file, nullptr) << c.file;
        DcmDataset& dataset = *file->getDataset();
        EXPECT_EQ(pn(rawValue(dataset, DCM_OtherPatientNames), rawValue(dataset, DCM_SpecificCharacterSet)),
                  text(c.expected))
            << c.file;
    }
}

TEST(CharsetFiles, Gh1301PatientSexIsGb18030)
{
    // fo-dicom's test for GH1301: Patient's Sex holds "男" in GB18030 (0xC4 0xD0).
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const std::unique_ptr<DcmFileFormat> file =
        loadDicom(scanshield::test::sharedData(QStringLiteral("malformed_edge/fo-dicom/GH1301.dcm")));
    ASSERT_NE(file, nullptr);
    DcmDataset& dataset = *file->getDataset();
    EXPECT_EQ(lo(rawValue(dataset, DCM_PatientSex), rawValue(dataset, DCM_SpecificCharacterSet)), text(u"男"));
}

// Every chr*.dcm present, including any added later: known terms, a name without U+FFFD.
TEST(CharsetFiles, EveryExampleFileDecodesCleanly)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const QDir folder(scanshield::test::sharedData(QStringLiteral("malformed_edge/pydicom_charsets")));
    const QStringList names = folder.entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name);
    EXPECT_GE(names.size(), 17);
    for (const QString& fileName : names) {
        const std::unique_ptr<DcmFileFormat> file = loadDicom(folder.filePath(fileName));
        ASSERT_NE(file, nullptr) << fileName.toStdString();
        const NameInFile name = patientName(*file);
        for (const QByteArray& term : name.charset.split('\\'))
            EXPECT_TRUE(isKnownCharacterSet(term)) << fileName.toStdString() << ": " << term.toStdString();
        const QString decoded = pn(name.raw, name.charset);
        EXPECT_FALSE(decoded.isEmpty()) << fileName.toStdString();
        EXPECT_FALSE(decoded.contains(kFffd)) << fileName.toStdString() << ": " << decoded.toStdString();
        EXPECT_FALSE(decoded.contains(QChar(0x1B))) << fileName.toStdString() << ": escape left in output";
    }
}

} // namespace
