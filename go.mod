module marsad

go 1.26
