using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>Writes whole answers with an exact Content-Length, as small providers do.</summary>
    public static class Responses
    {
        public static Task WriteTextAsync(HttpContext context, int statusCode, string body, string contentType = "text/plain; charset=utf-8")
        {
            return WriteBytesAsync(context, statusCode, Encoding.UTF8.GetBytes(body ?? ""), contentType);
        }

        public static async Task WriteBytesAsync(HttpContext context, int statusCode, byte[] body, string contentType)
        {
            context.Response.StatusCode = statusCode;
            context.Response.ContentLength = body.Length;
            if (body.Length > 0)
            {
                context.Response.ContentType = contentType;
                await context.Response.Body.WriteAsync(body, 0, body.Length, context.RequestAborted).ConfigureAwait(false);
            }
        }
    }
}
