#include "media/OtherFileKind.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace scanshield::media {

namespace {

bool startsWith(const QByteArray& bytes, const char* magic)
{
    return bytes.startsWith(magic);
}

bool mostlyPrintable(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return false;
    int printable = 0;
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '\n' || u == '\r' || u == '\t' || (u >= 0x20 && u != 0x7F) )
            ++printable;
    }
    return printable * 100 >= bytes.size() * 95;
}

} // namespace

OtherFileKind classifyOtherFile(const QString& fileName, const QByteArray& firstBytes)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (startsWith(firstBytes, "%PDF"))
        return OtherFileKind::PdfDocument;
    if (startsWith(firstBytes, "MZ") || startsWith(firstBytes, "\x7F" "ELF") ||
        startsWith(firstBytes, "\xCA\xFE\xBA\xBE") || suffix == QLatin1String("exe") ||
        suffix == QLatin1String("dll") || suffix == QLatin1String("jar"))
        return OtherFileKind::Program;
    if (startsWith(firstBytes, "\x89PNG") || startsWith(firstBytes, "\xFF\xD8\xFF") ||
        startsWith(firstBytes, "GIF8") || startsWith(firstBytes, "BM") ||
        suffix == QLatin1String("ico") || suffix == QLatin1String("bmp"))
        return OtherFileKind::Picture;
    if (startsWith(firstBytes, "PK\x03\x04") || suffix == QLatin1String("cab"))
        return OtherFileKind::Archive;
    if (suffix == QLatin1String("htm") || suffix == QLatin1String("html") ||
        firstBytes.left(512).toLower().contains("<html"))
        return OtherFileKind::WebPage;
    if (suffix == QLatin1String("inf") || suffix == QLatin1String("ini") ||
        suffix == QLatin1String("cfg") || suffix == QLatin1String("xml"))
        return OtherFileKind::Settings;
    if (mostlyPrintable(firstBytes.left(4096)))
        return OtherFileKind::Text;
    return OtherFileKind::Unknown;
}

QString otherFileKindName(OtherFileKind kind)
{
    switch (kind) {
    case OtherFileKind::Text: return QStringLiteral("text");
    case OtherFileKind::WebPage: return QStringLiteral("web_page");
    case OtherFileKind::Program: return QStringLiteral("program");
    case OtherFileKind::Picture: return QStringLiteral("picture");
    case OtherFileKind::PdfDocument: return QStringLiteral("pdf");
    case OtherFileKind::Archive: return QStringLiteral("archive");
    case OtherFileKind::Settings: return QStringLiteral("settings");
    case OtherFileKind::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QString otherFileKindSentence(OtherFileKind kind)
{
    const char* text = "";
    switch (kind) {
    case OtherFileKind::Text: text = QT_TRANSLATE_NOOP("OtherFileKind", "Not a medical image: a text file."); break;
    case OtherFileKind::WebPage: text = QT_TRANSLATE_NOOP("OtherFileKind", "Not a medical image: a web page, often part of a viewer program on the disc."); break;
    case OtherFileKind::Program: text = QT_TRANSLATE_NOOP("OtherFileKind", "Not a medical image: a program, usually the viewer that came with the disc."); break;
    case OtherFileKind::Picture: text = QT_TRANSLATE_NOOP("OtherFileKind", "Not a medical image: an ordinary picture or icon."); break;
    case OtherFileKind::PdfDocument: text = QT_TRANSLATE_NOOP("OtherFileKind", "Not a medical image: a PDF document, perhaps a report."); break;
    case OtherFileKind::Archive: text = QT_TRANSLATE_NOOP("OtherFileKind", "Not a medical image: a compressed archive."); break;
    case OtherFileKind::Settings: text = QT_TRANSLATE_NOOP("OtherFileKind", "Not a medical image: a settings file for the disc or its viewer."); break;
    case OtherFileKind::Unknown: text = QT_TRANSLATE_NOOP("OtherFileKind", "Not a medical image: a file of unknown type."); break;
    }
    return QCoreApplication::translate("OtherFileKind", text);
}

bool isReadableText(OtherFileKind kind)
{
    return kind == OtherFileKind::Text || kind == OtherFileKind::WebPage || kind == OtherFileKind::Settings;
}

} // namespace scanshield::media
