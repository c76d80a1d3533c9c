// Mutable sub-slices share storage with their vec: split_at_mut, chunks_mut & co, &mut v[a..b].
fn bump(s: &mut [i32]) {
    for x in s.iter_mut() {
        *x += 100;
    }
    s[0] = -s[0];
}

fn zero_last(s: &mut [i32]) {
    let n = s.len();
    if let Some(last) = s.last_mut() {
        *last = 0;
    }
    println!("zeroed {n}");
}

fn main() {
    let mut v = [1, 2, 3, 4];
    {
        let (a, b) = v.split_at_mut(2);
        a[0] = 10;
        b[1] = 20;
        a.swap(0, 1);
        b[0] += 5;
        println!("{a:?} {b:?} {}", a[0] + b[1]);
    }
    println!("{v:?}");
    let mut m = [1, 2, 3, 4, 5, 6, 7];
    for pair in m.chunks_mut(2) {
        pair.swap(0, pair.len() - 1);
    }
    println!("{m:?}");
    for c in m.rchunks_mut(3) {
        c.sort();
        c.reverse();
    }
    println!("{m:?}");
    let mut it = m.chunks_exact_mut(3);
    for c in &mut it {
        bump(c);
    }
    let rem = it.into_remainder();
    rem[0] = 0;
    println!("{m:?}");
    let mut grid = vec![0u8; 6];
    for (r, row) in grid.chunks_mut(3).enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            *cell = (r * 10 + c) as u8;
        }
        let first = row[0];
        row[1..].fill(first + 1);
    }
    println!("{grid:?}");
    let mut w = vec![9, 8, 7, 6, 5, 4];
    let (l, r) = w.split_at_mut(3);
    let (l1, l2) = l.split_at_mut(1);
    l1[0] = 1;
    l2.sort();
    r.rotate_left(1);
    println!("{r:?}");
    r.copy_from_slice(&[1, 2, 3]);
    println!("{w:?} {}", w.iter().sum::<i32>());
    let mut a = [5, 1, 4, 2, 3];
    a[1..].sort();
    let t = &mut a[..2];
    t[1] = 7;
    t.reverse();
    println!("{a:?} {:?}", &a[1..3]);
    zero_last(&mut a[1..4]);
    let mut words = vec![String::from("b"), String::from("a"), String::from("c")];
    for pair in words.chunks_mut(2) {
        pair.sort();
        pair[0].push('!');
    }
    println!("{words:?}");
    let mut nums: Vec<i32> = (1..=9).collect();
    for c in nums.chunks_mut(4) {
        let s: i32 = c.iter().sum();
        c[0] = s;
        for x in c.iter_mut().skip(1) {
            *x *= -1;
        }
    }
    println!("{nums:?} {}", nums.chunks_mut(4).count());
}
