struct Playlist {
    songs: Vec<(String, u32)>,
}

impl Playlist {
    fn iter(&self) -> std::slice::Iter<'_, (String, u32)> {
        self.songs.iter()
    }
    fn long_songs(&self, min: u32) -> impl Iterator<Item = &String> + '_ {
        self.songs.iter().filter(move |(_, d)| *d >= min).map(|(n, _)| n)
    }
}

impl<'a> IntoIterator for &'a Playlist {
    type Item = &'a (String, u32);
    type IntoIter = std::slice::Iter<'a, (String, u32)>;
    fn into_iter(self) -> Self::IntoIter {
        self.songs.iter()
    }
}

struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}

fn total<'a, I: IntoIterator<Item = &'a (String, u32)>>(it: I) -> u32 {
    it.into_iter().map(|(_, d)| d).sum()
}

fn main() {
    let p = Playlist { songs: vec![("intro".into(), 90), ("epic".into(), 420), ("outro".into(), 200)] };
    for (name, d) in &p {
        println!("{:<6} {:>4}", name, d);
    }
    println!("{}", total(&p));
    println!("{:?}", p.long_songs(200).collect::<Vec<_>>());
    println!("{:?}", p.iter().map(|(_, d)| d).max());
    let v: Vec<u32> = Countdown(5).collect();
    println!("{:?}", v);
    let mut cd = Countdown(3);
    while let Some(n) = cd.next() {
        print!("{}..", n);
    }
    println!("liftoff");
    let pairs: Vec<(u32, char)> = Countdown(3).zip("abc".chars()).collect();
    println!("{:?}", pairs);
    println!("{}", Countdown(4).map(|x| x * x).filter(|x| x % 2 == 0).sum::<u32>());
    println!("{:?}", Countdown(10).skip(2).step_by(3).collect::<Vec<_>>());
    println!("{:?}", Countdown(6).enumerate().find(|(i, x)| i + (*x as usize) == 6));
}
