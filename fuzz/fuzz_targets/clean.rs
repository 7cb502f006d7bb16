#![no_main]
//! `corridor_clean::clean` over an arbitrary raw document: HTML or text content, arbitrary
//! metadata. Nothing may panic; every article it returns has a non-empty body, and every error
//! names the document.
use corridor_clean::{clean, CleanError};
use corridor_ingest::{Content, Given, RawDoc};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

fn doc(mut u: Unstructured<'_>) -> Result<RawDoc> {
    let html = u.arbitrary::<bool>()?;
    let source: String = u.arbitrary()?;
    let url: Option<String> = u.arbitrary()?;
    let given = Given {
        id: u.arbitrary()?,
        title: u.arbitrary()?,
        published: u.arbitrary()?,
    };
    // The rest of the input is the content, lossily decoded so that every byte counts.
    let rest = String::from_utf8_lossy(u.take_rest()).into_owned();
    let content = if html {
        Content::Html(rest)
    } else {
        Content::Text(rest)
    };
    Ok(RawDoc {
        source,
        url,
        content,
        given,
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = doc(Unstructured::new(data)) else {
        return;
    };
    match clean(&doc) {
        Ok(articles) => {
            assert!(!articles.is_empty());
            for a in &articles {
                assert!(
                    !a.body.trim().is_empty(),
                    "empty body from {:?}",
                    doc.source
                );
            }
        }
        Err(e @ CleanError::NoText { .. }) => {
            assert!(e.to_string().starts_with(&doc.source), "{e}");
        }
    }
});
