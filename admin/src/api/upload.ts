import { HttpError } from 'react-admin';
import { acceptLanguage, withServerMessage } from './http';

/** Share of the request body sent so far, from 0 to 1. */
export type UploadProgress = (fraction: number) => void;

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Posts a multipart form with XMLHttpRequest, because fetch() reports no upload progress, and
 * resolves with the parsed JSON response. A response outside 2xx rejects with an HttpError whose
 * message is the server's message in the panel's language and whose body is the server's error body.
 */
export function uploadForm<T>(url: string, form: FormData, onProgress: UploadProgress): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.withCredentials = true;
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Accept-Language', acceptLanguage());
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress(event.loaded / event.total);
      }
    };
    request.onload = () => {
      const body = parseBody(request.responseText);
      if (request.status >= 200 && request.status < 300) {
        onProgress(1);
        resolve(body as T);
      } else {
        reject(withServerMessage(new HttpError(request.statusText || `HTTP ${request.status}`, request.status, body)));
      }
    };
    request.onerror = () => reject(new HttpError('ra.notification.http_error', 0));
    request.send(form);
  });
}
