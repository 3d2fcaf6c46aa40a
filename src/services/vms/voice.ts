// Click-to-call, call records, outbound tasks, voice resources and qualifications.
export {};
