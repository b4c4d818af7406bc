using System.Net.Sockets;
using DdnsAgent.Http;

namespace DdnsAgent.Host.Adapters;

/// <summary>
/// The HTTP/1.1 wire format of one exchange, in one reused buffer: writes the GET request (with
/// `Connection: close`) and reads the answer: interim 1xx answers are skipped, the status line and headers
/// are parsed in place, and the body is copied into <see cref="HttpResponse.Body"/> whether it comes with
/// a Content-Length, chunked, or until the server closes. Reading stops as soon as the body buffer is full,
/// so a huge answer is cut, not downloaded. Nothing here allocates unless the answer is broken.
/// </summary>
public sealed class Http11Wire
{
    /// <summary>The most the status line and headers of an answer may take, and the longest request head.</summary>
    public const int BufferBytes = 16 * 1024;

    private readonly byte[] _buffer = new byte[BufferBytes];
    private Stream _stream = Stream.Null;
    private Socket? _socket;
    private long _deadline;
    private int _start;
    private int _end;

    /// <summary>Writes the request head for request into the buffer; -1 when a header value cannot be sent as it is.</summary>
    public int FormatRequest(HttpRequest request)
    {
        int at = 0;
        if (!Put("GET ", ref at) || !Put(request.Target, request.TargetLength, ref at) || !Put(" HTTP/1.1\r\nHost: ", ref at) || !PutHeaderValue(request.Host, ref at))
        {
            return -1;
        }

        int defaultPort = request.Secure ? UrlParts.HttpsPort : UrlParts.HttpPort;
        if (request.Port != defaultPort && (!Put(":", ref at) || !PutNumber(request.Port, ref at)))
        {
            return -1;
        }

        if (request.UserAgent is not null && (!Put("\r\nUser-Agent: ", ref at) || !PutHeaderValue(request.UserAgent, ref at)))
        {
            return -1;
        }

        if (request.Authorization is not null && (!Put("\r\nAuthorization: ", ref at) || !PutHeaderValue(request.Authorization, ref at)))
        {
            return -1;
        }

        return Put("\r\nConnection: close\r\n\r\n", ref at) ? at : -1;
    }

    /// <summary>Sends the head written by <see cref="FormatRequest"/>, once.</summary>
    public void Send(Stream stream, Socket socket, long deadline, int length)
    {
        _stream = stream;
        _socket = socket;
        _deadline = deadline;
        _start = 0;
        _end = 0;
        ApplyTimeout();
        stream.Write(_buffer, 0, length);
    }

    /// <summary>
    /// Reads the answer into response: the status code and the body (with <see cref="HttpResponse.BodyTruncated"/>).
    /// Returns null, or the plain-words reason why the answer is unusable.
    /// </summary>
    public string? ReadAnswer(HttpResponse response, string host)
    {
        int headEnd;
        int status;
        do
        {
            headEnd = ReadHead(host, out string? problem);
            if (problem is not null)
            {
                return problem;
            }

            status = ParseStatus(headEnd);
            if (status < 0)
            {
                return host + " did not answer in HTTP/1.x (its answer starts with " + Shown(_start, Math.Min(headEnd, _start + 24)) + ")";
            }

            if (status >= 100 && status < 200 && status != 101)
            {
                _start = headEnd; // an interim answer (100 Continue, 103 Early Hints): the real one follows
                continue;
            }

            break;
        }
        while (true);

        response.StatusCode = status;
        if (!ParseFraming(headEnd, out long contentLength, out bool chunked))
        {
            return host + " sent an answer whose length cannot be read (a bad Content-Length or Transfer-Encoding)";
        }

        _start = headEnd;
        if (status == 101 || status == 204 || status == 304)
        {
            return null;
        }

        return chunked ? ReadChunked(response, host) : ReadPlain(response, contentLength, host);
    }

    /// <summary>Forgets the connection once the exchange is over.</summary>
    public void Release()
    {
        _stream = Stream.Null;
        _socket = null;
    }

    private int ReadHead(string host, out string? problem)
    {
        problem = null;
        int scanned = _start;
        while (true)
        {
            for (int i = scanned; i < _end; i++)
            {
                bool blankLine = _buffer[i] == '\n'
                    && ((i - 1 >= _start && _buffer[i - 1] == '\n') || (i - 2 >= _start && _buffer[i - 1] == '\r' && _buffer[i - 2] == '\n'));
                if (blankLine)
                {
                    return i + 1;
                }
            }

            scanned = _end;
            if (_start > 0)
            {
                scanned -= _start;
                Compact();
            }

            if (_end == _buffer.Length)
            {
                problem = host + " sent more than " + BufferBytes / 1024 + " KB of status line and headers";
                return -1;
            }

            int read = Fill();
            if (read == 0)
            {
                problem = _end == _start
                    ? host + " closed the connection without answering; the request was sent once and is not repeated"
                    : host + " closed the connection in the middle of its answer's headers";
                return -1;
            }
        }
    }

    // "HTTP/1.x 200 ..." -> 200; -1 when the head does not start with a status line.
    private int ParseStatus(int headEnd)
    {
        int at = _start;
        ReadOnlySpan<byte> prefix = "HTTP/1."u8;
        if (headEnd - at < 12 || !_buffer.AsSpan(at, prefix.Length).SequenceEqual(prefix) || !IsDigit(_buffer[at + 7]) || _buffer[at + 8] != ' ')
        {
            return -1;
        }

        at += 9;
        if (!IsDigit(_buffer[at]) || !IsDigit(_buffer[at + 1]) || !IsDigit(_buffer[at + 2]) || (at + 3 < headEnd && _buffer[at + 3] != ' ' && _buffer[at + 3] != '\r' && _buffer[at + 3] != '\n'))
        {
            return -1;
        }

        return (_buffer[at] - '0') * 100 + (_buffer[at + 1] - '0') * 10 + (_buffer[at + 2] - '0');
    }

    private bool ParseFraming(int headEnd, out long contentLength, out bool chunked)
    {
        contentLength = -1;
        chunked = false;
        int line = NextLine(_start, headEnd);
        while (line < headEnd)
        {
            int lineEnd = NextLine(line, headEnd);
            int colon = Array.IndexOf(_buffer, (byte)':', line, lineEnd - line);
            if (colon > line)
            {
                ReadOnlySpan<byte> name = _buffer.AsSpan(line, colon - line);
                ReadOnlySpan<byte> value = Trim(_buffer.AsSpan(colon + 1, lineEnd - colon - 1));
                if (System.Text.Ascii.EqualsIgnoreCase(name, "Content-Length"u8))
                {
                    if (!TryParseLength(value, out long length) || (contentLength >= 0 && contentLength != length))
                    {
                        return false;
                    }

                    contentLength = length;
                }
                else if (System.Text.Ascii.EqualsIgnoreCase(name, "Transfer-Encoding"u8))
                {
                    int comma = value.LastIndexOf((byte)',');
                    ReadOnlySpan<byte> last = Trim(comma < 0 ? value : value[(comma + 1)..]);
                    if (!System.Text.Ascii.EqualsIgnoreCase(last, "chunked"u8))
                    {
                        return false; // a coding the agent does not decode, with no way to find the body's end
                    }

                    chunked = true;
                }
            }

            line = lineEnd;
        }

        return true;
    }

    private string? ReadPlain(HttpResponse response, long contentLength, string host)
    {
        byte[] body = response.Body;
        long wanted = contentLength < 0 ? long.MaxValue : contentLength;
        int take = (int)Math.Min(Math.Min(wanted, body.Length), _end - _start);
        Array.Copy(_buffer, _start, body, 0, take);
        _start += take;
        int total = take;
        while (total < body.Length && total < wanted)
        {
            ApplyTimeout();
            int read = _stream.Read(body, total, (int)Math.Min(body.Length - total, wanted - total));
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        response.BodyLength = total;
        if (contentLength >= 0)
        {
            if (total < contentLength && total < body.Length)
            {
                return host + " closed the connection after " + total + " of the " + contentLength + " bytes it announced";
            }

            response.BodyTruncated = contentLength > body.Length;
            return null;
        }

        // Until the server closes: one more byte tells whether there was more than fits.
        response.BodyTruncated = total == body.Length && (_end > _start || Fill() > 0);
        return null;
    }

    private string? ReadChunked(HttpResponse response, string host)
    {
        byte[] body = response.Body;
        int total = 0;
        while (true)
        {
            int lineEnd = ReadLine();
            if (lineEnd < 0 || !TryParseChunkSize(_start, lineEnd, out long size))
            {
                return host + " sent a broken chunked answer";
            }

            _start = lineEnd;
            if (size == 0)
            {
                response.BodyLength = total;
                return null; // trailers are not read: the connection closes
            }

            while (size > 0)
            {
                if (_end == _start && Fill() == 0)
                {
                    response.BodyLength = total;
                    return host + " closed the connection in the middle of its chunked answer";
                }

                int take = (int)Math.Min(size, _end - _start);
                int fits = Math.Min(take, body.Length - total);
                Array.Copy(_buffer, _start, body, total, fits);
                total += fits;
                if (fits < take)
                {
                    response.BodyLength = total;
                    response.BodyTruncated = true;
                    return null;
                }

                _start += take;
                size -= take;
            }

            int crlf = ReadLine();
            if (crlf < 0 || crlf - _start > 2)
            {
                response.BodyLength = total;
                return host + " sent a broken chunked answer";
            }

            _start = crlf;
            if (total == body.Length)
            {
                // Full: one more chunk of data means the answer was longer than the agent reads.
                int next = ReadLine();
                response.BodyLength = total;
                response.BodyTruncated = next < 0 || !TryParseChunkSize(_start, next, out long more) || more > 0;
                return null;
            }
        }
    }

    // The end (after '\n') of the line starting at _start, reading more as needed; -1 at EOF or when too long.
    private int ReadLine()
    {
        while (true)
        {
            int newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                return newline + 1;
            }

            Compact();
            if (_end == _buffer.Length || Fill() == 0)
            {
                return -1;
            }
        }
    }

    private bool TryParseChunkSize(int from, int to, out long size)
    {
        size = 0;
        int digits = 0;
        for (int i = from; i < to; i++)
        {
            int value = HexValue(_buffer[i]);
            if (value < 0)
            {
                break;
            }

            if (++digits > 12)
            {
                return false;
            }

            size = size * 16 + value;
        }

        return digits > 0;
    }

    private int Fill()
    {
        if (_end == _buffer.Length)
        {
            Compact();
        }

        ApplyTimeout();
        int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        return read;
    }

    private void Compact()
    {
        if (_start == 0)
        {
            return;
        }

        Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
        _end -= _start;
        _start = 0;
    }

    private void ApplyTimeout()
    {
        long left = _deadline - Environment.TickCount64;
        if (left <= 0)
        {
            throw new TimeoutException();
        }

        if (_socket is not null)
        {
            _socket.ReceiveTimeout = (int)Math.Min(left, int.MaxValue);
            _socket.SendTimeout = (int)Math.Min(left, int.MaxValue);
        }
    }

    private int NextLine(int from, int limit)
    {
        int newline = Array.IndexOf(_buffer, (byte)'\n', from, limit - from);
        return newline < 0 ? limit : newline + 1;
    }

    private string Shown(int from, int to)
    {
        var text = new System.Text.StringBuilder("\"");
        for (int i = from; i < to; i++)
        {
            byte b = _buffer[i];
            text.Append(b >= 0x20 && b < 0x7F && b != '"' && b != '\\' ? (char)b : '.');
        }

        return text.Append('"').ToString();
    }

    private bool Put(string text, ref int at)
    {
        if (at + text.Length > _buffer.Length)
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            _buffer[at++] = (byte)text[i];
        }

        return true;
    }

    private bool Put(byte[] bytes, int count, ref int at)
    {
        if (at + count > _buffer.Length)
        {
            return false;
        }

        Array.Copy(bytes, 0, _buffer, at, count);
        at += count;
        return true;
    }

    // Printable ASCII only: a line break would let a value add headers of its own.
    private bool PutHeaderValue(string value, ref int at)
    {
        foreach (char c in value)
        {
            if (c < 0x20 || c > 0x7E)
            {
                return false;
            }
        }

        return Put(value, ref at);
    }

    private bool PutNumber(int value, ref int at)
    {
        Span<byte> digits = stackalloc byte[10];
        int count = 0;
        do
        {
            digits[count++] = (byte)('0' + value % 10);
            value /= 10;
        }
        while (value > 0);

        if (at + count > _buffer.Length)
        {
            return false;
        }

        while (count > 0)
        {
            _buffer[at++] = digits[--count];
        }

        return true;
    }

    private static bool TryParseLength(ReadOnlySpan<byte> text, out long length)
    {
        length = 0;
        if (text.Length == 0 || text.Length > 15)
        {
            return false;
        }

        foreach (byte b in text)
        {
            if (!IsDigit(b))
            {
                return false;
            }

            length = length * 10 + (b - '0');
        }

        return true;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> text)
    {
        int from = 0, to = text.Length;
        while (from < to && (text[from] == ' ' || text[from] == '\t'))
        {
            from++;
        }

        while (to > from && (text[to - 1] == ' ' || text[to - 1] == '\t' || text[to - 1] == '\r' || text[to - 1] == '\n'))
        {
            to--;
        }

        return text[from..to];
    }

    private static bool IsDigit(byte b) => b >= '0' && b <= '9';

    private static int HexValue(byte b) =>
        b >= '0' && b <= '9' ? b - '0' : b >= 'a' && b <= 'f' ? b - 'a' + 10 : b >= 'A' && b <= 'F' ? b - 'A' + 10 : -1;
}
