#pragma once

#include <QByteArray>
#include <QString>

namespace scanshield::media {

// What a file that is not a medical image most likely is, in words for a person:
// "a text file", "a web page", "a program", "a picture"... Decided from its first bytes and
// its name. Later the exposure scan reads the text ones for the patient's name.
enum class OtherFileKind { Text, WebPage, Program, Picture, PdfDocument, Archive, Settings, Unknown };

OtherFileKind classifyOtherFile(const QString& fileName, const QByteArray& firstBytes);
QString otherFileKindName(OtherFileKind kind);       // stable, for JSON: "text", "web_page"...
QString otherFileKindSentence(OtherFileKind kind);   // "Not a medical image: a text file."
// Kinds whose text ScanShield reads for the patient's details (text, web pages, settings).
bool isReadableText(OtherFileKind kind);

} // namespace scanshield::media
