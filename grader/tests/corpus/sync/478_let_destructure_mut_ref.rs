// `let` patterns over `&mut`: the bindings are references into the value (match ergonomics).
struct Counter {
    hits: u32,
    misses: u32,
}

impl Counter {
    fn record(&mut self, hit: bool) {
        let Counter { hits, misses } = self;
        if hit {
            *hits += 1;
        } else {
            *misses += 1;
        }
    }

    fn reset_misses(&mut self) {
        let Counter { misses, .. } = &mut *self;
        *misses = 0;
    }
}

fn main() {
    let mut c = Counter { hits: 0, misses: 0 };
    for hit in [true, false, true, false, false] {
        c.record(hit);
    }
    println!("{} hits, {} misses", c.hits, c.misses);
    c.reset_misses();
    println!("{} hits, {} misses", c.hits, c.misses);
    let mut pair = (1, String::from("a"));
    let (n, s) = &mut pair;
    *n += 10;
    s.push('b');
    println!("{pair:?}");
    let mut slot = Some(5);
    let Some(v) = &mut slot else { return };
    *v *= 3;
    println!("{slot:?}");
}
